package id.jalin.crossservice.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.pdf.LetterheadData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class IntroductionLetterPdfTest {

    static IntroductionLetter letter(LocalDate until) {
        return new IntroductionLetter(
                new LetterheadData("Perpustakaan Universitas Pendidikan Indonesia",
                        List.of("Jl. Dr. Setiabudhi No. 229, Bandung 40154", "(022) 2013163 \u2022 perpustakaan@upi.edu"),
                        CardSamples.logoPng()),
                "045/PERP-UPI/SL/2025", "Bandung", LocalDate.of(2025, 3, 10),
                "Perpustakaan Universitas Pendidikan Indonesia", "Perpustakaan Institut Teknologi Bandung",
                "Dewi Lestari", "JB20250002", "S1 Ilmu Perpustakaan dan Sains Informasi",
                LocalDate.of(2025, 3, 17), until,
                "Penelusuran literatur untuk skripsi tentang katalog induk",
                "Literature search for a bachelor's thesis on union catalogues",
                "FPPTI Jawa Barat", "Dra. Siti Rohmah, M.Hum.", "Kepala Perpustakaan");
    }

    static byte[] render(IntroductionLetter letter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IntroductionLetterPdf().write(letter, out);
        return out.toByteArray();
    }

    @Test
    void theLetterSaysEverythingInBothLanguagesWithTheHoldersDetails() throws IOException {
        byte[] pdf = render(letter(LocalDate.of(2025, 3, 19)));
        Files.createDirectories(CardSampleFilesTest.SAMPLES);
        try (OutputStream out = Files.newOutputStream(CardSampleFilesTest.SAMPLES.resolve("letter.pdf"))) {
            out.write(pdf);
        }

        try (PDDocument document = Pdfs.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("SURAT PENGANTAR KUNJUNGAN", "LETTER OF INTRODUCTION")
                    .contains("Dewi Lestari", "JB20250002", "S1 Ilmu Perpustakaan dan Sains Informasi")
                    .contains("Perpustakaan Institut Teknologi Bandung")
                    .contains("17 Maret 2025 s.d. 19 Maret 2025", "17 March 2025 to 19 March 2025")
                    .contains("Penelusuran literatur", "Literature search")
                    .contains("tata tertib", "obey the rules")
                    .contains("FPPTI Jawa Barat")
                    .contains("Bandung, 10 Maret 2025", "Bandung, 10 March 2025")
                    .contains("Dra. Siti Rohmah, M.Hum.", "045/PERP-UPI/SL/2025");
        }
    }

    @Test
    void aOneDayVisitShowsOneDate() throws IOException {
        try (PDDocument document = Pdfs.open(render(letter(null)))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("17 Maret 2025").doesNotContain("s.d.").doesNotContain(" to ");
        }
    }

    @Test
    void aVisitCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> letter(LocalDate.of(2025, 3, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLetterCarriesItsNumberUnderTheTitle() throws IOException {
        IntroductionLetter numbered = withNumber(letter(null), "007/SP-KSL/FPPTI-JABAR/III/2025");
        try (PDDocument document = Pdfs.open(render(numbered))) {
            String text = new PDFTextStripper().getText(document);
            String[] lines = text.split("\\R");
            int title = java.util.stream.IntStream.range(0, lines.length)
                    .filter(i -> lines[i].contains("SURAT PENGANTAR")).findFirst().orElseThrow();

            assertThat(lines[title + 1]).isEqualTo("Nomor: 007/SP-KSL/FPPTI-JABAR/III/2025");
        }
    }

    @Test
    void aLetterWithoutItsNumberIsNeverPrinted() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withNumber(letter(null), " "))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withNumber(letter(null), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static IntroductionLetter withNumber(IntroductionLetter l, String number) {
        return new IntroductionLetter(l.letterhead(), number, l.place(), l.date(), l.homeLibraryName(),
                l.hostLibraryName(), l.holderName(), l.cardNumber(), l.programme(), l.visitFrom(), l.visitUntil(),
                l.purposeId(), l.purposeEn(), l.forumName(), l.signatoryName(), l.signatoryPosition());
    }
}
