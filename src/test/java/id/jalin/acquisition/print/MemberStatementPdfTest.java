package id.jalin.acquisition.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A member's statement read back with PDFBox: its lines, its share per line, its total, the rule, its budget. */
class MemberStatementPdfTest {

    static byte[] render(MemberStatement statement, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MemberStatementPdf(new Messages(language)).write(statement, out);
        return out.toByteArray();
    }

    @Test
    void theStatementShowsTheMemberItsLinesSharesTotalRuleAndBudgetInIndonesian() throws IOException {
        byte[] pdf = render(Samples.statement(Samples.budget()), Language.INDONESIAN);
        Papers.keep("statement-id.pdf", pdf);

        try (PDDocument document = Papers.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(Papers.allA4Portrait(document)).isTrue();
            String text = Papers.text(document);
            assertThat(text)
                    .contains("RINCIAN BIAYA ANGGOTA PENGADAAN BERSAMA")
                    .contains("ITB Perpustakaan Pusat Institut Teknologi Bandung", Samples.ROUND, "2 Desember 2026")
                    .contains("Jumlah yang dibayar ITB Rp 82.445.000")
                    .contains("1. Pengantar ilmu perpustakaan dan kearsipan Sulistyo-Basuki ISBN 9786024250817 Cetak "
                            + "Eksemplar sendiri 2 185.000 370.000 370.000")
                    .contains("Pangkalan data Bersama 1 250.000.000 250.000.000 75.000.000")
                    .contains("Langganan jurnal Bersama 1 18.750.000 18.750.000 5.625.000")
                    .contains("Jumlah eksemplar sendiri 1.820.000", "Jumlah bagian bahan bersama 80.625.000")
                    .contains("Jumlah yang dibayar ITB 82.445.000")
                    .contains("Cara pembagian biaya", "dibayar penuh oleh ITB")
                    .contains("bobot ITB adalah 3 dari jumlah bobot 10, yaitu 30,0% dari setiap bahan bersama")
                    .contains("rupiah utuh", "pecahan terbuang terbesar")
                    .contains("Anggaran putaran Rp 300.000.000")
                    .contains("Jumlah pesanan putaran Rp 271.047.500 (90,3% dari anggaran)")
                    .contains("Bagian ITB Rp 82.445.000 (30,4% dari jumlah pesanan)")
                    .contains("Batas belanja ITB Rp 100.000.000; sisa Rp 17.555.000")
                    .contains("ITB · " + Samples.ROUND + " · Halaman 1 dari 1");
        }
    }

    @Test
    void inEnglishTheWordsPercentagesAndRupiahFollowTheLanguage() throws IOException {
        MemberStatement statement = Samples.statement(new BudgetContext(Money.of(300_000_000),
                Money.of(271_047_500), Money.of(80_000_000)));
        byte[] pdf = render(statement, Language.ENGLISH);
        Papers.keep("statement-en.pdf", pdf);

        try (PDDocument document = Papers.open(pdf)) {
            String text = Papers.text(document);
            assertThat(text)
                    .contains("JOINT ACQUISITION MEMBER STATEMENT", "2 December 2026", "ITB pays Rp 82,445,000")
                    .contains("Own copies 2 185,000 370,000 370,000", "For all 1 250,000,000 250,000,000 75,000,000")
                    .contains("ITB pays in all 82,445,000")
                    .contains("ITB has a weight of 3 out of 10 in all, that is 30.0% of each item for all")
                    .contains("Rp 271,047,500 (90.3% of the budget)", "Rp 82,445,000 (30.4% of the order)")
                    .contains("ITB\u2019s spending cap Rp 80,000,000; passed by Rp 2,445,000")
                    .contains("Page 1 of 1")
                    .doesNotContain("Halaman", "Desember", "Bersama 1");
        }
    }

    @Test
    void eachRuleIsStatedInWords() throws IOException {
        MemberStatement weighted = Samples.statement(new BudgetContext(Money.of(0), Money.of(0), null));
        List<String> texts = new ArrayList<>();
        List<SplitBasis> rules = List.of(SplitBasis.ownCopies(4), SplitBasis.equal(4),
                SplitBasis.percentage(4, 3_333));
        for (SplitBasis basis : rules) {
            MemberStatement statement = new MemberStatement(weighted.letterhead(), weighted.date(),
                    weighted.roundName(), weighted.coordinatingLibrary(), weighted.member(), weighted.lines(), basis,
                    weighted.budget());
            try (PDDocument document = Papers.open(render(statement, Language.INDONESIAN))) {
                texts.add(Papers.text(document));
            }
        }
        assertThat(texts.get(0)).contains("setiap anggota membayar eksemplarnya sendiri",
                "dibagi rata di antara 4 anggota peserta");
        assertThat(texts.get(1)).contains("dibagi rata di antara 4 anggota peserta")
                .doesNotContain("setiap anggota membayar eksemplarnya sendiri");
        assertThat(texts.get(2)).contains("menurut persentase yang disepakati", "bagian ITB adalah 33,33%");
        assertThat(texts.get(2)).contains("Putaran ini tidak menetapkan batas per anggota",
                "Anggaran putaran Rp 0", "Jumlah pesanan putaran Rp 0 ");
    }

    @Test
    void aMemberThatOrderedNothingGetsAStatementThatSaysSo() throws IOException {
        MemberStatement full = Samples.statement(Samples.budget());
        MemberStatement empty = new MemberStatement(full.letterhead(), full.date(), full.roundName(),
                full.coordinatingLibrary(), Samples.participants().get(2), List.of(), SplitBasis.equal(4),
                full.budget());
        try (PDDocument document = Papers.open(render(empty, Language.INDONESIAN))) {
            assertThat(Papers.text(document)).contains("UNPAR tidak memesan apa pun dalam putaran ini.")
                    .contains("Jumlah yang dibayar UNPAR Rp 0");
        }
    }

    @Test
    void manyLinesRunOverPagesAndLongNamesWrapWithinThePage() throws IOException {
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(StatementLine.own("97860242" + String.format("%05d", i), i == 7 ? Samples.LONG_TITLE
                    : "Katalogisasi subjek jilid " + i, "Pengarang " + i, ItemFormat.PRINT, 1 + i % 3,
                    Money.of(100_000)));
        }
        MemberStatement statement = new MemberStatement(Samples.letterhead(), Samples.DATE, Samples.ROUND,
                Samples.LONG_LIBRARY, Samples.participants().get(3), lines, SplitBasis.equal(4), Samples.budget());
        for (Language language : Language.values()) {
            byte[] pdf = render(statement, language);
            Papers.keep("statement-long-" + language.locale().getLanguage() + ".pdf", pdf);
            try (PDDocument document = Papers.open(pdf)) {
                int pages = document.getNumberOfPages();
                assertThat(pages).isGreaterThan(1);
                assertThat(Papers.allA4Portrait(document)).isTrue();
                String text = Papers.text(document);
                assertThat(text.replace(" ", "")).contains(Samples.LONG_TITLE.replace(" ", ""))
                        .contains(Samples.LONG_LIBRARY.replace(" ", ""));
                for (int i = 1; i <= 60; i++) {
                    if (i != 7) {
                        assertThat(text).contains("Katalogisasi subjek jilid " + i + " ");
                    }
                }
                assertThat(Papers.text(document, pages)).contains(language == Language.INDONESIAN
                        ? "Halaman " + pages + " dari " + pages : "Page " + pages + " of " + pages);
                assertThat(PlacedGlyphs.of(document)).allSatisfy(g -> assertThat(g.right())
                        .isLessThanOrEqualTo(Paper.FRAME.content().right() + 0.5f));
            }
        }
    }

    @Test
    void aStatementLineThatDoesNotAddUpIsRefused() {
        assertThatThrownBy(() -> new StatementLine("", "Judul", "", ItemFormat.PRINT, false, 2, Money.of(1_000),
                Money.of(1_500))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatementLine.shared("", "Basis data", "", ItemFormat.DATABASE, 1,
                Money.of(1_000), Money.of(1_001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SplitBasis.weighted(3, 11, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
