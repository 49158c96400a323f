package id.jalin.crossservice.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Writes sample card documents to target/pdf-samples so a person can look at them (pdftoppm -r 100 -png ...). */
class CardSampleFilesTest {
    static final Path SAMPLES = Path.of("target", "pdf-samples");

    @Test
    void writesCardPrinterPagesAndA4Sheets() throws IOException {
        Files.createDirectories(SAMPLES);
        Path cr80 = SAMPLES.resolve("cards-cr80.pdf");
        Path sheet = SAMPLES.resolve("cards-sheet.pdf");
        try (OutputStream out = Files.newOutputStream(cr80)) {
            new CardPrinterPdf(CardSamples.forum()).write(CardSamples.cards(3), out, Progress.NONE);
        }
        try (OutputStream out = Files.newOutputStream(sheet)) {
            new CardSheetPdf(CardSamples.forum()).write(CardSamples.cards(13), CardSheetSettings.NONE, out,
                    Progress.NONE);
        }
        assertEveryPageIs(cr80, CardPrinterPdf.class, 85.6f, 53.98f);
        assertEveryPageIs(sheet, CardSheetPdf.class, 210f, 297f);
        String sheetText = text(sheet);
        for (CardFace card : CardSamples.cards(13)) {
            assertThat(sheetText).as("every card of the batch on the sheets").contains(card.holderName().split(" ")[0]);
        }
    }

    private static void assertEveryPageIs(Path file, Class<?> writer, float widthMm, float heightMm) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).as(writer.getSimpleName() + " wrote pages").isPositive();
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth() / 72f * 25.4f).isCloseTo(widthMm, within(0.2f));
                assertThat(page.getMediaBox().getHeight() / 72f * 25.4f).isCloseTo(heightMm, within(0.2f));
            }
        }
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void writesACalibrationSheet() throws IOException {
        Files.createDirectories(SAMPLES);
        Path calibration = SAMPLES.resolve("calibration.pdf");
        try (OutputStream out = Files.newOutputStream(calibration)) {
            new CalibrationSheetPdf().write(CardSheetSettings.NONE, out);
        }
        assertEveryPageIs(calibration, CalibrationSheetPdf.class, 210f, 297f);
    }
}
