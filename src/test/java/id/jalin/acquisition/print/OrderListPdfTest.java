package id.jalin.acquisition.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.pdf.PlacedGlyphs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The order list read back with PDFBox: what a coordinator's secretary checks before it goes out. */
class OrderListPdfTest {

    static byte[] render(OrderList list, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OrderListPdf(new Messages(language)).write(list, out);
        return out.toByteArray();
    }

    @Test
    void theListCarriesItsNumberRoundVendorsLinesAndTotalsInIndonesian() throws IOException {
        byte[] pdf = render(Samples.orderList(), Language.INDONESIAN);
        Papers.keep("order-list-id.pdf", pdf);

        try (PDDocument document = Papers.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(Papers.allA4Portrait(document)).isTrue();
            String text = Papers.text(document);
            assertThat(text)
                    .contains("Forum Perpustakaan Perguruan Tinggi Indonesia Wilayah Jawa Barat")
                    .contains("DAFTAR PESANAN PENGADAAN BERSAMA", "Nomor: 004/PGD/FPPTI-JABAR/XII/2026")
                    .contains(Samples.ROUND, "2 Desember 2026")
                    .contains("Anggota peserta ITB Perpustakaan Pusat Institut Teknologi Bandung UNPAD")
                    .contains("2 penyedia, 5 baris, 9 eksemplar")
                    .contains("Penyedia 1 dari 2: PT Gramedia Asri Media")
                    .contains("Penyedia 2 dari 2: CV Pustaka Digital Nusantara")
                    .contains("1. Pengantar ilmu perpustakaan dan kearsipan ISBN 9786024250817 Sulistyo-Basuki Cetak "
                            + "ITB 2 UNPAD 1 3 185.000 555.000")
                    .contains("Introduction to algorithms", "E-book", "1.450.000")
                    .contains("Jumlah untuk PT Gramedia Asri Media (7 eksemplar) 2.297.500")
                    .contains("ProQuest Central (akses satu tahun)", "Pangkalan data", "Semua anggota", "250.000.000")
                    .contains("Langganan jurnal", "18.750.000")
                    .contains("Jumlah untuk CV Pustaka Digital Nusantara (2 eksemplar) 268.750.000")
                    .contains("JUMLAH SELURUHNYA (2 penyedia, 9 eksemplar) Rp 271.047.500")
                    .contains("Bandung, 2 Desember 2026", "Koordinator Pengadaan Bersama", "Dr. Hana Pertiwi, M.Si.")
                    .contains("004/PGD/FPPTI-JABAR/XII/2026 · Halaman 1 dari 1");
        }
    }

    @Test
    void inEnglishTheWordsDatesAndRupiahFollowTheLanguage() throws IOException {
        byte[] pdf = render(Samples.orderList(), Language.ENGLISH);
        Papers.keep("order-list-en.pdf", pdf);

        try (PDDocument document = Papers.open(pdf)) {
            String text = Papers.text(document);
            assertThat(text)
                    .contains("JOINT ACQUISITION ORDER LIST", "No. 004/PGD/FPPTI-JABAR/XII/2026")
                    .contains("2 December 2026", "2 vendors, 5 lines, 9 copies")
                    .contains("Vendor 1 of 2: PT Gramedia Asri Media")
                    .contains("Print ITB 2 UNPAD 1 3 185,000 555,000")
                    .contains("Subtotal for PT Gramedia Asri Media (7 copies) 2,297,500")
                    .contains("Database", "All members", "Journal subscription")
                    .contains("GRAND TOTAL (2 vendors, 9 copies) Rp 271,047,500")
                    .contains("Bandung, 2 December 2026", "Page 1 of 1")
                    .doesNotContain("Halaman", "Desember", "Semua anggota");
        }
    }

    @Test
    void aLongListRunsOverPagesWithPageXOfYTheHeadingRepeatedAndEveryLinePrinted() throws IOException {
        OrderList list = Samples.longOrderList(3, 25);
        byte[] pdf = render(list, Language.INDONESIAN);
        Papers.keep("order-list-long-id.pdf", pdf);

        try (PDDocument document = Papers.open(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            assertThat(Papers.allA4Portrait(document)).isTrue();
            for (int page = 1; page <= pages; page++) {
                String text = Papers.text(document, page);
                assertThat(text).contains("004/PGD/FPPTI-JABAR/XII/2026 · Halaman " + page + " dari " + pages)
                        .contains("Harga satuan (Rp)");
            }
            assertThat(Papers.text(document, 2)).as("whose lines run on")
                    .contains("Penyedia 1 dari 3: Penerbit Contoh 1 (lanjutan)");
            String all = Papers.text(document);
            for (int v = 1; v <= 3; v++) {
                for (int i = 1; i <= 25; i++) {
                    assertThat(all).contains("Katalogisasi subjek jilid " + v + "." + i + " ");
                }
            }
            assertThat(Papers.text(document, pages)).contains("JUMLAH SELURUHNYA", Samples.LETTER_NUMBER,
                    "Dr. Hana Pertiwi, M.Si.", "Rp " + new Words(new Messages(Language.INDONESIAN))
                            .amount(list.grandTotal()));
        }
    }

    @Test
    void longTitlesVendorsAndLibraryNamesWrapInsideThePageNotCut() throws IOException {
        VendorOrder vendor = new VendorOrder("Koperasi Pegawai Republik Indonesia Penerbit dan Toko Buku Perguruan "
                + "Tinggi Wilayah Jawa Barat dan Banten", List.of(Samples.book("9786024250817", Samples.LONG_TITLE,
                "Raden Roro Ayu Kusumawardhani Prawiranegara", 125_000, Samples.copies("UINSGD", 12),
                Samples.copies("ITB", 1))));
        OrderList list = new OrderList(Samples.letterhead(), Samples.LETTER_NUMBER, Samples.DATE, "Bandung",
                Samples.ROUND, Samples.LONG_LIBRARY, Samples.participants(), List.of(vendor), "", "Koordinator");
        for (Language language : Language.values()) {
            byte[] pdf = render(list, language);
            Papers.keep("order-list-long-names-" + language.locale().getLanguage() + ".pdf", pdf);
            try (PDDocument document = Papers.open(pdf)) {
                String text = Papers.text(document);
                assertThat(text.replace(" ", "")).contains(Samples.LONG_TITLE.replace(" ", ""))
                        .contains(Samples.LONG_LIBRARY.replace(" ", ""))
                        .contains(vendor.vendor().replace(" ", ""));
                assertThat(PlacedGlyphs.of(document)).allSatisfy(g -> assertThat(g.right())
                        .isLessThanOrEqualTo(Paper.FRAME.content().right() + 0.5f));
            }
        }
    }

    @Test
    void aListWithoutItsNumberOrWithoutAVendorIsNeverPrinted() {
        OrderList list = Samples.orderList();
        assertThatThrownBy(() -> new OrderList(list.letterhead(), " ", list.date(), list.place(), list.roundName(),
                list.coordinatingLibrary(), list.participants(), list.vendors(), "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderList(list.letterhead(), list.letterNumber(), list.date(), list.place(),
                list.roundName(), list.coordinatingLibrary(), list.participants(), List.of(), "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderLine.forMembers("", "Judul", "", ItemFormat.PRINT, Money.of(-1),
                List.of(Samples.copies("ITB", 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderLine.forMembers("", "Judul", "", ItemFormat.PRINT, Money.of(1),
                List.of(Samples.copies("ITB", 1), Samples.copies("ITB", 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Samples.copies("ITB", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGrandTotalOfATrillionRupiahPrintsWholeOnOneLine() throws IOException {
        VendorOrder vendor = new VendorOrder("Penyedia Pangkalan Data", List.of(OrderLine.forAll("", "Akses nasional",
                "", ItemFormat.DATABASE, Money.of(99_999_999_999L), 10), OrderLine.forAll("", "Akses cadangan", "",
                ItemFormat.DATABASE, Money.of(99_999_999_999L), 10)));
        for (Language language : Language.values()) {
            try (PDDocument document = Papers.open(render(Samples.orderList(List.of(vendor)), language))) {
                String grandTotal = new Messages(language).money(Money.of(1_999_999_999_980L));
                assertThat(Papers.text(document)).contains(" " + grandTotal + " ");
                assertThat(PlacedGlyphs.of(document)).allSatisfy(g -> assertThat(g.right())
                        .isLessThanOrEqualTo(Paper.FRAME.content().right() + 0.5f));
            }
        }
    }
}
