package id.jalin.training.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class AttendanceSheetPdfTest {

    private static byte[] write(Language language, AttendanceSheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AttendanceSheetPdf(language).write(sheet, out);
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.api.Assertions.within(0.5f));
            return document.getNumberOfPages();
        }
    }

    @Test
    void manyPeopleRunOverPagesWithTheHeadingRepeatedAndPageXOfY() throws IOException {
        AttendanceSheet sheet = TrainingSamples.sheet(40, "Pelatihan");
        byte[] pdf = write(Language.INDONESIAN, sheet);

        int pages = pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            String text = TrainingPdfs.pageText(pdf, page);
            assertThat(text).as("page %d", page).contains("No. Nama Instansi Tanda tangan",
                    "Daftar hadir sesi 2 \u00b7 10 Maret 2026 \u2014 Halaman " + page + " dari " + pages);
        }
        String all = TrainingPdfs.text(pdf);
        assertThat(all).contains("DAFTAR HADIR", TrainingSamples.LONG_TITLE_ID, "Pelatihan",
                "Sesi 2 dari 3 \u2014 Selasa, 10 Maret 2026, pukul 08.30\u201312.00", TrainingSamples.VERY_LONG_NAME,
                "Pelestarian digital: format berkas, checksum, dan rencana migrasi");
        for (AttendanceSheet.Row row : sheet.rows()) {
            assertThat(all).contains(row.name(), row.institution());
        }
        assertThat(all).as("every registered person and the blank rows numbered").contains("40.", "43.")
                .doesNotContain("44.");
    }

    @Test
    void printsInEnglishWhenAskedTo() throws IOException {
        byte[] pdf = write(Language.ENGLISH, TrainingSamples.sheet(5, "Training"));

        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(TrainingPdfs.text(pdf)).contains("ATTENDANCE LIST", "No. Name Institution Signature",
                "Session 2 of 3 \u2014 Tuesday, 10 March 2026, 08.30\u201312.00",
                "Attendance list, session 2 \u00b7 10 March 2026 \u2014 Page 1 of 1");
    }

    @Test
    void aOneSessionEventIsNotCalledSessionOneOfOne() throws IOException {
        AttendanceSheet sheet = TrainingSamples.sheet(2, "Seminar");
        AttendanceSheet.Session only = new AttendanceSheet.Session(1, 1, sheet.session().date(),
                sheet.session().start(), sheet.session().end(), "", "");
        AttendanceSheet seminar = new AttendanceSheet(sheet.letterhead(), sheet.eventTitle(), sheet.eventKind(), "",
                only, List.of(new AttendanceSheet.Row("Tamu Tanpa Instansi", null)), 0);

        String text = TrainingPdfs.text(write(Language.INDONESIAN, seminar));

        assertThat(text).contains("Waktu : Selasa, 10 Maret 2026, pukul 08.30\u201312.00", "Tamu Tanpa Instansi")
                .doesNotContain("dari 1 \u2014");
    }
}
