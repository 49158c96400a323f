package id.jalin.redistribution.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.pdf.LetterheadData;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.ClaimRow;
import id.jalin.redistribution.domain.ClaimState;
import id.jalin.redistribution.domain.ItemCondition;
import id.jalin.redistribution.domain.OfferStatus;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusReason;
import id.jalin.redistribution.domain.AllocationRule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The hand-over list read back with PDFBox, as the two libraries' staff check it before they sign. */
class HandOverListPdfTest {
    static final Path SAMPLES = Path.of("target", "pdf-samples", "redistribution");
    private static final LocalDate DATE = LocalDate.of(2026, 12, 2);
    private static final String LONG_NAME = "Perpustakaan Universitas Islam Negeri Sunan Gunung Djati Bandung "
            + "(UPT Perpustakaan Pusat dan Layanan Referensi Terpadu)";

    private static final RedistributionMember UNISBA = new RedistributionMember(3, "UNISBA",
            "Perpustakaan Universitas Islam Bandung", 40_000, true);
    private static final Map<Long, RedistributionMember> REGISTER = List.of(
            new RedistributionMember(1, "ITB", "Perpustakaan Pusat Institut Teknologi Bandung", 250_000, true),
            new RedistributionMember(2, "UINSGD", LONG_NAME, 90_000, true), UNISBA).stream()
            .collect(Collectors.toMap(RedistributionMember::id, Function.identity()));

    static LetterheadData letterhead() {
        return new LetterheadData("Forum Perpustakaan Perguruan Tinggi Indonesia Wilayah Jawa Barat",
                List.of("Jl. Raya Bandung-Sumedang Km 21, Jatinangor 45363", "fpptijabar@example.org"), null);
    }

    private static ClaimRow row(long giver, String title, String author, String isbn, Integer year,
                                ItemCondition condition, int copies, LocalDate shippedOn, String shipment) {
        SurplusOffer offer = new SurplusOffer(10L, giver, title, author, isbn, year, copies + 1, condition,
                SurplusReason.DUPLICATE, AllocationRule.FIRST_COME, null, OfferStatus.CLOSED, "",
                LocalDateTime.of(2026, 11, 2, 9, 0), "Staf", 2);
        Claim claim = new Claim(20L, 10, UNISBA.id(), copies, "", LocalDateTime.of(2026, 11, 3, 9, 0), "Staf",
                copies, shippedOn == null ? ClaimState.AGREED : ClaimState.SHIPPED, shippedOn, shipment, null, 2);
        return new ClaimRow(claim, offer);
    }

    static HandOverList sample() {
        return HandOverList.of(letterhead(), DATE, "Bandung", UNISBA, List.of(
                row(1, "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", "9789794038407", 1991, ItemCondition.GOOD,
                        3, LocalDate.of(2026, 11, 28), "JNE 8800 1234 5678"),
                row(1, "Introduction to algorithms", "Cormen, Thomas H.", "", 2009, ItemCondition.WORN, 1, null, ""),
                row(2, "Tafsir tematik: kajian pustaka keislaman di perguruan tinggi negeri dan swasta se-Jawa Barat "
                        + "dalam dua dasawarsa terakhir", "Kusumawardhani, Siti Nurhasanah", "", null,
                        ItemCondition.AS_NEW, 2, null, "")), REGISTER);
    }

    static byte[] render(HandOverList list, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HandOverListPdf(new Messages(language)).write(list, out);
        return out.toByteArray();
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), pdf);
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theListSaysWhatTheReceiverGetsFromWhomInWhatConditionWithRoomForBothSignaturesInIndonesian()
            throws IOException {
        byte[] pdf = render(sample(), Language.INDONESIAN);
        keep("hand-over-id.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            String text = text(document);
            assertThat(text)
                    .contains("Forum Perpustakaan Perguruan Tinggi Indonesia Wilayah Jawa Barat")
                    .contains("DAFTAR SERAH TERIMA BUKU LEBIH")
                    .contains("Perpustakaan penerima UNISBA Perpustakaan Universitas Islam Bandung")
                    .contains("Bandung, 2 Desember 2026")
                    .contains("2 pemberi, 3 judul, 6 eksemplar")
                    .contains("Dari ITB: Perpustakaan Pusat Institut Teknologi Bandung")
                    .contains("1. Pengantar ilmu perpustakaan ISBN 9789794038407 Sulistyo-Basuki 1991 Baik 3 "
                            + "Dikirim 28 November 2026 JNE 8800 1234 5678")
                    .contains("2. Introduction to algorithms Cormen, Thomas H. 2009 Usang 1 Belum dikirim")
                    .contains("Jumlah dari ITB: 2 judul, 4 eksemplar 4")
                    .contains("Dari UINSGD: " + LONG_NAME)
                    .contains("Seperti baru", "Jumlah dari UINSGD: 1 judul, 2 eksemplar 2")
                    .contains("Yang menyerahkan Perpustakaan Pusat Institut Teknologi Bandung "
                            + "(.....................................) Tanggal: .................... Yang menerima "
                            + "Perpustakaan Universitas Islam Bandung (.....................................) "
                            + "Tanggal: ....................")
                    .contains("Serah terima UNISBA · Halaman 1 dari 1");
            assertThat(text.split("Yang menyerahkan", -1)).hasSize(3);
        }
    }

    @Test
    void inEnglishTheWordsAndDatesFollowTheLanguage() throws IOException {
        byte[] pdf = render(sample(), Language.ENGLISH);
        keep("hand-over-en.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document))
                    .contains("HAND-OVER LIST OF SURPLUS BOOKS", "Receiving library UNISBA")
                    .contains("Bandung, 2 December 2026", "2 givers, 3 titles, 6 copies")
                    .contains("From ITB: Perpustakaan Pusat Institut Teknologi Bandung")
                    .contains("Good 3 Shipped 28 November 2026", "Worn 1 Not shipped yet", "As new")
                    .contains("Total from ITB: 2 titles, 4 copies 4")
                    .contains("Total from UINSGD: 1 title, 2 copies 2")
                    .contains("Handed over by Perpustakaan Pusat", "Received by Perpustakaan Universitas Islam")
                    .contains("Hand-over UNISBA · Page 1 of 1")
                    .doesNotContain("Halaman", "Desember", "Dikirim");
        }
    }

    @Test
    void aLongListRunsOverPagesWithTheHeadingRepeatedEveryTitlePrintedAndEachSignatureWithItsRows()
            throws IOException {
        List<ClaimRow> rows = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            rows.add(row(i % 3 == 0 ? 2 : 1, "Judul buku lebih nomor %02d".formatted(i), "Pengarang " + i, "",
                    2000 + i % 20, ItemCondition.FAIR, 1 + i % 4, null, ""));
        }
        rows.sort(java.util.Comparator.comparing((ClaimRow row) -> row.offer().giverId()));
        HandOverList list = HandOverList.of(letterhead(), DATE, "", UNISBA, rows, REGISTER);
        byte[] pdf = render(list, Language.INDONESIAN);
        keep("hand-over-long-id.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String all = text(document);
            for (int i = 1; i <= 45; i++) {
                assertThat(all).contains("Judul buku lebih nomor %02d".formatted(i));
            }
            for (int page = 2; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Halaman " + page + " dari " + pages);
                if (text.contains("Judul buku lebih nomor")) {
                    assertThat(text).contains("No. Judul Pengarang Tahun Kondisi Eks. Pengiriman");
                }
                if (text.contains("Yang menyerahkan")) {
                    assertThat(text).as("page %d: the signatures with the total they sign for", page)
                            .contains("Jumlah dari");
                }
                if (text.indexOf("Jumlah dari") >= 0 && text.indexOf("Jumlah dari") < text.indexOf("No. Judul")) {
                    throw new AssertionError("a total above its table's heading on page " + page);
                }
            }
            assertThat(all).contains("Jumlah dari ITB: 30 judul", "Jumlah dari UINSGD: 15 judul");
        }
    }

    @Test
    void aLibraryWithNothingToReceiveGetsAListThatSaysSo() throws IOException {
        byte[] pdf = render(HandOverList.of(letterhead(), DATE, "Bandung", UNISBA, List.of(), REGISTER),
                Language.INDONESIAN);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document)).contains("0 pemberi, 0 judul, 0 eksemplar",
                    "Tidak ada buku yang menunggu diserahkan kepada perpustakaan ini.").doesNotContain("Yang menerima");
        }
    }
}
