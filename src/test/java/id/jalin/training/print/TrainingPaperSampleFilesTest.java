package id.jalin.training.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes sample training papers to target/pdf-samples so a person can look at them
 * (pdftoppm -r 60 -png ...), in both languages and with long names and titles.
 */
class TrainingPaperSampleFilesTest {
    static final Path SAMPLES = Path.of("target", "pdf-samples");

    @Test
    void writesSheetsBadgesAndCertificates() throws IOException {
        Files.createDirectories(SAMPLES);
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-sheet-id.pdf"))) {
            new AttendanceSheetPdf(Language.INDONESIAN).write(TrainingSamples.sheet(24, "Pelatihan"), out);
        }
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-sheet-en.pdf"))) {
            new AttendanceSheetPdf(Language.ENGLISH).write(TrainingSamples.sheet(5, "Training"), out);
        }
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-badges-a6.pdf"))) {
            new BadgePdf(TrainingSamples.letterhead()).write(TrainingSamples.badges(), BadgeSize.A6_FOUR_ON_A4, out,
                    Progress.NONE);
        }
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-badges-id1.pdf"))) {
            new BadgePdf(TrainingSamples.letterhead()).write(TrainingSamples.badges(), BadgeSize.ID_1, out,
                    Progress.NONE);
        }
        List<Certificate> certificates = List.of(
                TrainingSamples.certificate("FPPTI/SRT/2026/0001", "Ahmad Fauzi", TrainingRole.PARTICIPANT),
                TrainingSamples.certificate("FPPTI/SRT/2026/0002", TrainingSamples.LONG_NAME, TrainingRole.SPEAKER),
                TrainingSamples.certificate("FPPTI/SRT/2026/0003", TrainingSamples.VERY_LONG_NAME,
                        TrainingRole.COMMITTEE));
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-certificates.pdf"))) {
            new CertificatePdf(TrainingSamples.issuer(true)).write(certificates, out, Progress.NONE);
        }
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-certificate-wet.pdf"))) {
            new CertificatePdf(TrainingSamples.issuer(false)).write(certificates.get(0), out);
        }
        assertThat(SAMPLES.resolve("training-certificates.pdf")).isNotEmptyFile();
    }
}
