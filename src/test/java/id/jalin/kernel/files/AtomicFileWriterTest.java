package id.jalin.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.jalin.kernel.task.CancelledException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path folder;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void writtenFileGetsThePermissionsTheUmaskGivesANewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        // What the user's umask makes of a plain new file; with the usual 022 that is rw-r--r--.
        Path reference = Files.createFile(folder.resolve("reference.txt"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(reference);
        assumeTrue(usual.contains(PosixFilePermission.OTHERS_READ), "umask lets others read new files");
        Path card = folder.resolve("kartu.pdf");

        writer.write(card, out -> out.write("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));

        assertThat(Files.getPosixFilePermissions(card)).isEqualTo(usual)
                .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        assertThat(Files.readString(card)).isEqualTo("%PDF-1.7");
        assertThat(filesIn(folder)).as("no temporary file left beside it").isEqualTo(2);
    }

    @Test
    void replacesAnEarlierFileOnlyWhenTheNewOneIsWhole() throws Exception {
        Path list = folder.resolve("anggota.csv");
        Files.writeString(list, "lama");

        writer.write(list, out -> out.write("baru".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(list)).isEqualTo("baru");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aFailureOrCancelKeepsTheEarlierFileAndLeavesNoTemporaryFile() throws Exception {
        Path list = folder.resolve("anggota.xlsx");
        Files.writeString(list, "lama");

        assertThatThrownBy(() -> writer.write(list, out -> {
            out.write("separuh".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThatThrownBy(() -> writer.write(list, out -> {
            out.write("separuh".getBytes(StandardCharsets.UTF_8));
            throw new CancelledException();
        })).isInstanceOf(CancelledException.class);

        assertThat(Files.readString(list)).isEqualTo("lama");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aFailureBeforeAnyFileExistedLeavesNothing() {
        Path absent = folder.resolve("baru.pdf");

        assertThatThrownBy(() -> writer.write(absent, out -> {
            throw new IllegalStateException("layout failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(folder).isEmptyDirectory();
    }
}
