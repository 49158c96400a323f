package id.jalin.crossservice.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(cr80).isNotEmptyFile();
        assertThat(sheet).isNotEmptyFile();
    }

    @Test
    void writesACalibrationSheet() throws IOException {
        Files.createDirectories(SAMPLES);
        Path calibration = SAMPLES.resolve("calibration.pdf");
        try (OutputStream out = Files.newOutputStream(calibration)) {
            new CalibrationSheetPdf().write(CardSheetSettings.NONE, out);
        }
        assertThat(calibration).isNotEmptyFile();
    }
}
