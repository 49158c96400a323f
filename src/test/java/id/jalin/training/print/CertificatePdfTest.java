package id.jalin.training.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.task.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {
    private static final List<Certificate> THREE = List.of(
            TrainingSamples.certificate("FPPTI/SRT/2026/0001", "Ahmad Fauzi", TrainingRole.PARTICIPANT),
            TrainingSamples.certificate("FPPTI/SRT/2026/0002", TrainingSamples.LONG_NAME, TrainingRole.SPEAKER),
            TrainingSamples.certificate("FPPTI/SRT/2026/0003", TrainingSamples.VERY_LONG_NAME,
                    TrainingRole.COMMITTEE));

    private static byte[] write(CertificateIssuer issuer, List<Certificate> certificates) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CertificatePdf(issuer).write(certificates, out, Progress.NONE);
        return out.toByteArray();
    }

    @Test
    void printsOneLandscapeA4PagePerCertificateWithItsPersonAndNumber() throws IOException {
        byte[] pdf = write(TrainingSamples.issuer(true), THREE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            }
        }
        for (int i = 0; i < THREE.size(); i++) {
            Certificate certificate = THREE.get(i);
            assertThat(TrainingPdfs.pageText(pdf, i + 1)).as("page %d", i + 1)
                    .contains(certificate.name(), certificate.number(), "SERTIFIKAT", "Certificate",
                            "diberikan kepada", "awarded to", TrainingSamples.LONG_TITLE_ID,
                            TrainingSamples.LONG_TITLE_EN, "Verify in Jalin", "Periksa keaslian di Jalin");
        }
    }

    @Test
    void wordsTheRoleDaysAndHoursInIndonesianWithEnglishUnder() throws IOException {
        String text = TrainingPdfs.text(write(TrainingSamples.issuer(true), THREE));

        assertThat(text).contains("sebagai Peserta dalam", "as Participant in", "sebagai Pemateri dalam",
                "as Speaker in", "sebagai Panitia dalam", "as Committee in");
        assertThat(text).contains("pada 9\u201311 Maret 2026 di Aula Perpustakaan Universitas Padjadjaran, "
                + "Jatinangor, selama 22,5 jam");
        assertThat(text).contains("on 9\u201311 March 2026 at Aula Perpustakaan Universitas Padjadjaran, "
                + "Jatinangor, 22.5 hours in total");
        assertThat(text).contains("Bandung, 20 Maret 2026", "Bandung, 20 March 2026",
                "Dr. Hj. Euis Kurniasih Rahmawati, M.Hum.", "Ketua FPPTI Wilayah Jawa Barat");
    }

    @Test
    void aForumWithoutACityDatesTheCertificateWithoutAStrayComma() throws IOException {
        Certificate first = THREE.get(0);
        Certificate nowhere = new Certificate(first.number(), first.name(), first.role(), first.eventTitleId(),
                first.eventTitleEn(), first.venue(), first.firstDay(), first.lastDay(), first.hours(), "",
                first.issued());

        String text = TrainingPdfs.text(write(TrainingSamples.issuer(true), java.util.List.of(nowhere)));

        assertThat(text).contains("20 Maret 2026", "20 March 2026").doesNotContain(", 20 Maret 2026");
    }

    @Test
    void theQrCodeCarriesTheCertificateNumber() throws IOException {
        byte[] pdf = write(TrainingSamples.issuer(true), THREE);

        for (int i = 0; i < THREE.size(); i++) {
            assertThat(TrainingPdfs.qrCode(TrainingPdfs.renderSquare(pdf, i, 18, 12, 40, 150))).isEqualTo(THREE.get(i).number());
        }
    }

    @Test
    void aLongNameShrinksAndWrapsButIsNeverCut() throws IOException {
        FitText.Fitted shortName = paintedName("Budi");
        FitText.Fitted longName = paintedName(TrainingSamples.LONG_NAME);
        FitText.Fitted veryLong = paintedName(TrainingSamples.VERY_LONG_NAME);

        assertThat(shortName.lines()).containsExactly("Budi");
        assertThat(shortName.style().size()).isEqualTo(28f);
        assertThat(longName.lines()).hasSizeGreaterThan(1);
        assertThat(veryLong.style().size()).isLessThan(longName.style().size());
        assertThat(String.join(" ", veryLong.lines())).isEqualTo(TrainingSamples.VERY_LONG_NAME);
        assertThat(veryLong.height()).as("inside the name's place").isLessThanOrEqualTo(18 * 72 / 25.4f + 0.01f);
    }

    @Test
    void withoutASignatureImageOnlyTheLogoIsEmbedded() throws IOException {
        assertThat(imagesOnFirstPage(write(TrainingSamples.issuer(true), THREE.subList(0, 1)))).isEqualTo(2);
        byte[] wet = write(TrainingSamples.issuer(false), THREE.subList(0, 1));
        assertThat(imagesOnFirstPage(wet)).as("room left for a wet signature").isEqualTo(1);
        assertThat(TrainingPdfs.text(wet)).contains("Dr. Hj. Euis Kurniasih Rahmawati, M.Hum.");
    }

    private static int imagesOnFirstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                images += document.getPage(0).getResources().isImageXObject(name) ? 1 : 0;
            }
            return images;
        }
    }

    private static FitText.Fitted paintedName(String name) throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentResources resources = DocumentResources.embedIn(document);
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, CertificatePainter.PAGE)) {
                return new CertificatePainter(TrainingSamples.issuer(false)).paint(canvas,
                        TrainingSamples.certificate("X-1", name, TrainingRole.PARTICIPANT));
            }
        }
    }
}
