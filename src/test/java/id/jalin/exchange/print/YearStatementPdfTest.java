package id.jalin.exchange.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The yearly statement read back with PDFBox: both members, each way's entries, the balance in words, signatures. */
class YearStatementPdfTest {
    static final Path SAMPLES = Path.of("target", "pdf-samples", "exchange");

    static byte[] render(YearStatement statement, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new YearStatementPdf().write(statement, out);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), out.toByteArray());
        return out.toByteArray();
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theStatementListsEachWayWithItsReversalAndTheBalanceInBothLanguages() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(StatementSamples.statement(), "year-statement.pdf"))) {
            String text = text(document);
            assertThat(text)
                    .contains("PERNYATAAN PERTUKARAN TERBITAN 2026", "PUBLICATION EXCHANGE STATEMENT 2026")
                    .contains("UNPAD UPT Perpustakaan Universitas Padjadjaran Jatinangor")
                    .contains("012/PKS/FPPTI-JABAR/2025")
                    .contains("3 dari UNPAD ditukar dengan 1 dari ITB", "3 from UNPAD exchanged for 1 from ITB")
                    .contains("Dikirim UNPAD kepada ITB / Sent by UNPAD to ITB")
                    .contains("Dikirim ITB kepada UNPAD / Sent by ITB to UNPAD")
                    .contains("03/02/2026 Buletin Perpustakaan No. 1-3 Jurnal")
                    .contains("TIKI 88-1340")
                    .contains("Pembatalan entri: Jumlah satuan salah ketik / Reversal of an entry: Jumlah satuan "
                            + "salah ketik")
                    .contains("-4 -4")
                    .contains("Jumlah satuan / Total units 7")
                    .contains("Jumlah satuan / Total units 2")
                    .contains("Perpustakaan Pusat Institut Teknologi Bandung masih berutang 1 nomor terbitan "
                            + "kepada UPT Perpustakaan Universitas Padjadjaran Jatinangor.")
                    .contains("Perpustakaan Pusat Institut Teknologi Bandung still owes UPT Perpustakaan "
                            + "Universitas Padjadjaran Jatinangor 1 issue.")
                    .contains("masih berutang 1 1/3 nomor terbitan")
                    .contains("still owes UPT Perpustakaan Universitas Padjadjaran Jatinangor 1 1/3 issues.")
                    .contains("Kepala Perpustakaan / Head librarian")
                    .contains("Bandung, 24 November 2026")
                    .contains("Halaman 1 dari 2 / Page 1 of 2");
        }
    }

    @Test
    void aLongYearRunsOverPagesWithTheHeadingRepeated() throws IOException {
        YearStatement one = StatementSamples.statement();
        java.util.List<id.jalin.exchange.domain.LedgerEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new id.jalin.exchange.domain.LedgerEntry((long) 100 + i, 7, java.time.LocalDate.of(2026, 1, 2)
                    .plusDays(i), id.jalin.exchange.domain.Direction.FIRST_TO_SECOND, "Buletin Perpustakaan "
                    + i, id.jalin.exchange.domain.PublicationKind.JOURNAL, "No. " + i, 1, 1, "", "", null));
        }
        YearStatement longer = new YearStatement(one.letterhead(), one.printedOn(), one.place(), one.partnership(),
                one.first(), one.second(), "", one.year(), many);
        try (PDDocument document = Loader.loadPDF(render(longer, "year-statement-long.pdf"))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document).replaceAll("\\s+", " ")).contains("Ref. kiriman")
                    .contains("Halaman 2 dari");
        }
    }
}
