package id.jalin.loan.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class LenderReminderPdfTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static LenderReminder reminder(int rows) {
        return new LenderReminder("Perpustakaan Pusat Institut Teknologi Bandung", TODAY,
                IntStream.rangeClosed(1, rows)
                        .mapToObj(i -> new ReminderRow(String.format("PAP-2026-%06d", 500 + i),
                                i % 2 == 0 ? "Perpustakaan Universitas Padjadjaran" : "Perpustakaan UPI",
                                "Teori graf dan penerapannya, jilid " + i, "Pemustaka " + i,
                                LocalDate.of(2026, 11, 1).plusDays(i % 20), 30 - i % 20))
                        .toList());
    }

    static byte[] render(LenderReminder reminder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LenderReminderPdf().write(reminder, out);
        return out.toByteArray();
    }

    @Test
    void everyRowIsListedUnderHeadingsInBothLanguagesWithPageXOfY() throws IOException {
        byte[] pdf = render(reminder(4));
        LoanPapers.keep("lender-reminder-4.pdf", pdf);

        try (PDDocument document = LoanPapers.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = LoanPapers.text(document, 1);
            assertThat(text)
                    .contains("DAFTAR PINJAMAN TERLAMBAT", "OVERDUE LOANS")
                    .contains("Perpustakaan Pusat Institut Teknologi Bandung")
                    .contains("Per 1 Desember 2026 / As of 1 December 2026")
                    .contains("Perpustakaan peminjam Borrowing library", "Jatuh tempo Due",
                            "Terlambat (hari) Days overdue")
                    .contains("Halaman 1 dari 1 / Page 1 of 1");
            assertThat(text).contains("1. PAP-2026-000501 Perpustakaan UPI Teori graf dan penerapannya, jilid 1 "
                    + "Pemustaka 1 02/11/2026 29");
            assertThat(text).contains("4. PAP-2026-000504 Perpustakaan Universitas Padjadjaran");
        }
    }

    @Test
    void aLongListRunsOverPagesAndEveryRowIsThere() throws IOException {
        byte[] pdf = render(reminder(90));
        LoanPapers.keep("lender-reminder-90.pdf", pdf);

        try (PDDocument document = LoanPapers.open(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String last = LoanPapers.text(document, pages);
            assertThat(last).contains("Halaman " + pages + " dari " + pages + " / Page " + pages + " of " + pages)
                    .contains("Nomor permintaan Request no.");
            String all = LoanPapers.text(pdf);
            for (int i = 1; i <= 90; i++) {
                assertThat(all).contains(String.format("PAP-2026-%06d", 500 + i));
            }
        }
    }

    @Test
    void aListWithNothingOverdueSaysSoInBothLanguages() throws IOException {
        assertThat(LoanPapers.text(render(new LenderReminder("Perpustakaan UPI", TODAY, List.of()))))
                .contains("Tidak ada bahan yang terlambat dikembalikan.", "No item is overdue.");
    }
}
