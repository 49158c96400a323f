package id.jalin.training.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateBatchTest {
    @TempDir
    Path folder;

    /** Records every report and presses Cancel once {@code cancelAfter} certificates are done. */
    private static final class Recorder implements Progress {
        final List<Long> done = new ArrayList<>();
        final long cancelAfter;

        Recorder(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long d, long total) {
            done.add(d);
        }

        @Override
        public boolean isCancelled() {
            return !done.isEmpty() && done.get(done.size() - 1) >= cancelAfter;
        }
    }

    private static CertificateBatch batch() {
        return new CertificateBatch(TrainingSamples.issuer(true));
    }

    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAllCertificatesIntoOnePdf() throws IOException {
        Recorder progress = new Recorder(Long.MAX_VALUE);
        Path file = folder.resolve("sertifikat.pdf");

        batch().writeOne(TrainingSamples.certificates(7), file, progress);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(7);
        }
        assertThat(progress.done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(filesInFolder()).containsExactly("sertifikat.pdf");
    }

    @Test
    void cancellingTheSinglePdfLeavesNoPartFileAndKeepsAnEarlierOne() throws IOException {
        Path file = folder.resolve("sertifikat.pdf");
        Files.writeString(file, "earlier");

        assertThatThrownBy(() -> batch().writeOne(TrainingSamples.certificates(6), file, new Recorder(3)))
                .isInstanceOf(CancelledException.class);

        assertThat(filesInFolder()).containsExactly("sertifikat.pdf");
        assertThat(Files.readString(file)).isEqualTo("earlier");
    }

    @Test
    void writesOnePdfPerCertificateNamedByNumberAndName() throws IOException {
        List<Certificate> certificates = TrainingSamples.certificates(3);

        List<Path> written = batch().writeEach(certificates, folder.resolve("out"), Progress.NONE);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "FPPTI-SRT-2026-0001 Ahmad Fauzi.pdf",
                "FPPTI-SRT-2026-0002 Raden Roro Siti Nurhaliza Kusumawardhani Prawiranegara Putri.pdf",
                "FPPTI-SRT-2026-0003 Dewi Lestari.pdf");
        for (int i = 0; i < written.size(); i++) {
            try (PDDocument document = Loader.loadPDF(written.get(i).toFile())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
            assertThat(TrainingPdfs.text(Files.readAllBytes(written.get(i)))).contains(certificates.get(i).name());
        }
    }

    @Test
    void cancellingOnePdfEachLeavesTheFolderAsItWas() throws IOException {
        Recorder progress = new Recorder(2);

        assertThatThrownBy(() -> batch().writeEach(TrainingSamples.certificates(5), folder, progress))
                .isInstanceOf(CancelledException.class);

        assertThat(progress.done).containsExactly(1L, 2L);
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void fileNamesKeepOnlySafeCharactersAndNeverCollide() throws IOException {
        Certificate odd = TrainingSamples.certificate("SRT/2026:07*", "D\u00e9sir\u00e9e N\u00fa\u00f1ez <\"Ma'ruf\"> "
                + "| S.Hum.", TrainingRole.PARTICIPANT);
        assertThat(CertificateBatch.fileName(odd)).isEqualTo("SRT-202607 Desiree Nunez Maruf S.Hum.pdf");

        Certificate twin = TrainingSamples.certificate("A/1", "Budi", TrainingRole.PARTICIPANT);
        Certificate twinAgain = TrainingSamples.certificate("A 1", "Budi", TrainingRole.PARTICIPANT);
        List<Path> written = batch().writeEach(List.of(twin, twinAgain), folder, Progress.NONE);
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("A-1 Budi.pdf", "A 1 Budi.pdf");

        Certificate same = TrainingSamples.certificate("A-1", "Budi", TrainingRole.PARTICIPANT);
        assertThat(batch().writeEach(List.of(same, same), folder.resolve("twins"), Progress.NONE))
                .extracting(p -> p.getFileName().toString()).containsExactly("A-1 Budi.pdf", "A-1 Budi (2).pdf");
    }
}
