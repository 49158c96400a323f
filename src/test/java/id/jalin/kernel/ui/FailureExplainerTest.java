package id.jalin.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BrokenConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** Failures in the user's words; the driver's and the JDK's English text only under the details. */
class FailureExplainerTest {
    private final FailureExplainer indonesian = new FailureExplainer(new Messages(Language.INDONESIAN));

    @Test
    void aRefusedConnectionIsExplainedInIndonesianWithTheDriverTextOnlyInTheDetails() {
        FailureExplainer.Explanation shown = indonesian.explain("Memuat daftar perjanjian", BrokenConnection.failure());

        assertThat(shown.title()).isEqualTo("Tidak berhasil: Memuat daftar perjanjian");
        assertThat(shown.text()).startsWith("Server basis data tidak dapat dihubungi.")
                .doesNotContain("Connection", "refused", "(");
        assertThat(shown.details()).contains(BrokenConnection.DRIVER_TEXT).contains("java.net.ConnectException");
    }

    @Test
    void recordsChangedOrDeletedByOthersAreNamedAsSuch() {
        assertThat(FailureReason.of(new RuntimeException(new StaleRecordException("UPI"))))
                .isEqualTo(FailureReason.RECORD_CHANGED);
        assertThat(FailureReason.of(new RecordGoneException("UPI"))).isEqualTo(FailureReason.RECORD_DELETED);
    }

    @Test
    void fileSystemRefusalsAreToldApartFromAFullDisk() {
        assertThat(FailureReason.of(new UncheckedIOException(new AccessDeniedException("/media/usb/kartu.pdf"))))
                .isEqualTo(FailureReason.PERMISSION_DENIED);
        assertThat(FailureReason.of(new FileSystemException("/home/rina/kartu.pdf", null, "No space left on device")))
                .isEqualTo(FailureReason.DISK_FULL);
        assertThat(FailureReason.of(new IOException("Stream closed"))).isEqualTo(FailureReason.UNKNOWN);
    }

    @Test
    void anUnknownFailureStillSaysWhereTheDetailsAreAndAnUntitledTaskGetsAGenericTitle() {
        FailureExplainer.Explanation shown = indonesian.explain("", new IllegalStateException("boom"));

        assertThat(shown.title()).isEqualTo("Pekerjaan tidak selesai");
        assertThat(shown.text()).contains("Rinciannya ada di bawah");
        assertThat(shown.details()).isEqualTo("java.lang.IllegalStateException: boom");
    }
}
