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
        String longest = TrainingSamples.LONG_TITLE_ID + ": Kebijakan, Standar, Infrastruktur, Sumber Daya Manusia, "
                + "dan Kerja Sama Antarperpustakaan dalam Kerangka Forum Perpustakaan Perguruan Tinggi Indonesia";
        Certificate extreme = new Certificate("FPPTI/SRT/2026/0300", TrainingSamples.VERY_LONG_NAME,
                TrainingRole.PARTICIPANT, longest, longest, "", java.time.LocalDate.of(2026, 12, 30),
                java.time.LocalDate.of(2027, 1, 2), java.time.Duration.ofHours(1), "Bandung",
                java.time.LocalDate.of(2027, 1, 5));
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-certificate-extreme.pdf"))) {
            new CertificatePdf(TrainingSamples.issuer(true)).write(extreme, out);
        }
        Badge guest = new Badge(TrainingSamples.VERY_LONG_NAME, null, TrainingRole.PARTICIPANT, longest,
                java.time.LocalDate.of(2026, 12, 30), java.time.LocalDate.of(2027, 1, 2), "G-2026-0042");
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-badge-extreme.pdf"))) {
            new BadgePdf(TrainingSamples.letterhead()).write(List.of(guest), BadgeSize.A6_FOUR_ON_A4, out,
                    Progress.NONE);
        }
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve("training-badge-extreme-id1.pdf"))) {
            new BadgePdf(TrainingSamples.letterhead()).write(List.of(guest), BadgeSize.ID_1, out, Progress.NONE);
        }
        assertThat(SAMPLES.resolve("training-certificates.pdf")).isNotEmptyFile();
    }
}
