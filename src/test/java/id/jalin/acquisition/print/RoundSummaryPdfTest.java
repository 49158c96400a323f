package id.jalin.acquisition.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.pdf.PlacedGlyphs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A round's summary read back with PDFBox: the budget, the members and the formats with their totals. */
class RoundSummaryPdfTest {

    static byte[] render(RoundSummary summary, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RoundSummaryPdf(new Messages(language)).write(summary, out);
        return out.toByteArray();
    }

    @Test
    void theSummaryShowsSpentAgainstBudgetPerMemberAndPerFormatInIndonesian() throws IOException {
        byte[] pdf = render(Samples.summary(Money.of(300_000_000)), Language.INDONESIAN);
        Papers.keep("summary-id.pdf", pdf);

        try (PDDocument document = Papers.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(Papers.allA4Portrait(document)).isTrue();
            assertThat(Papers.text(document))
                    .contains("RINGKASAN PUTARAN PENGADAAN BERSAMA", Samples.ROUND, "2 Desember 2026")
                    .contains("Anggaran Rp 300.000.000", "Terpakai Rp 271.047.500 (90,3% dari anggaran)")
                    .contains("Sisa anggaran Rp 28.952.500")
                    .contains("ITB Perpustakaan Pusat Institut Teknologi Bandung 3 1.820.000 80.625.000 82.445.000 "
                            + "30,4% 100.000.000")
                    .contains("UNPAD UPT Perpustakaan Universitas Padjadjaran 1 185.000 53.750.000 53.935.000 19,9% "
                            + "50.000.000 terlampaui 3.935.000")
                    .contains("Jumlah 7 2.297.500 268.750.000 271.047.500 100,0%")
                    .contains("Cetak 2 6 847.500 0,3%", "Pangkalan data 1 1 250.000.000 92,2%")
                    .contains("Jumlah 5 9 271.047.500 100,0%")
                    .contains(Samples.ROUND + " · Halaman 1 dari 1");
        }
    }

    @Test
    void inEnglishAndOverBudgetTheSummarySaysSo() throws IOException {
        byte[] pdf = render(Samples.summary(Money.of(250_000_000)), Language.ENGLISH);
        Papers.keep("summary-en.pdf", pdf);

        try (PDDocument document = Papers.open(pdf)) {
            assertThat(Papers.text(document))
                    .contains("JOINT ACQUISITION ROUND SUMMARY", "2 December 2026")
                    .contains("Spent Rp 271,047,500 (108.4% of the budget)", "Over budget Rp 21,047,500")
                    .contains("passed by 3,935,000", "Journal subscription 1 1 18,750,000 6.9%")
                    .contains("Total 7 2,297,500 268,750,000 271,047,500 100.0%", "Page 1 of 1")
                    .doesNotContain("Sisa anggaran", "Halaman");
        }
    }

    @Test
    void manyMembersWithLongNamesRunOverPagesWithinThePage() throws IOException {
        RoundSummary sample = Samples.summary(Money.of(300_000_000));
        List<MemberSpend> members = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 1; i <= 60; i++) {
            Money own = Money.of(1_000_000L * i);
            members.add(new MemberSpend(new Participant("M" + i, Samples.LONG_LIBRARY + " " + i), i, own,
                    Money.ZERO, null));
            total = total.plus(own);
        }
        RoundSummary summary = new RoundSummary(sample.letterhead(), sample.date(), sample.roundName(),
                Samples.LONG_LIBRARY, Money.of(5_000_000_000L), members,
                List.of(new FormatSpend(ItemFormat.PRINT, 60, 1830, total)));
        byte[] pdf = render(summary, Language.INDONESIAN);
        Papers.keep("summary-long-id.pdf", pdf);
        try (PDDocument document = Papers.open(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(Papers.text(document, 2)).contains("Per anggota (lanjutan)");
            assertThat(Papers.text(document, pages)).contains("Halaman " + pages + " dari " + pages);
            String text = Papers.text(document);
            for (int i = 1; i <= 60; i++) {
                assertThat(text).contains("M" + i + " ");
            }
            assertThat(PlacedGlyphs.of(document)).allSatisfy(g -> assertThat(g.right())
                    .isLessThanOrEqualTo(Paper.FRAME.content().right() + 0.5f));
        }
    }

    @Test
    void theWordsOfBothLanguagesAreTheBundlesNotKeys() throws IOException {
        for (Language language : Language.values()) {
            try (PDDocument document = Papers.open(render(Samples.summary(Money.of(1)), language))) {
                assertThat(Papers.text(document)).doesNotContain("!acquisition.");
            }
            try (PDDocument document = Papers.open(MemberStatementPdfTest.render(Samples.statement(Samples.budget()),
                    language))) {
                assertThat(Papers.text(document)).doesNotContain("!acquisition.");
            }
            try (PDDocument document = Papers.open(OrderListPdfTest.render(Samples.orderList(), language))) {
                assertThat(Papers.text(document)).doesNotContain("!acquisition.");
            }
        }
        assertThat(new Messages(Language.ENGLISH).get("acquisition.print.page", 1, 2)).isEqualTo("Page 1 of 2");
    }
}
