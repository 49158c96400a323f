package id.jalin.kernel.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file the safe way: into a temporary file beside the target, which replaces the target only once it is
 * whole. A failure or a Cancel (any exception from the content) deletes the temporary file and leaves an earlier
 * file of that name as it was, so a half-written PDF or spreadsheet never takes its place.
 *
 * <p>The temporary file is created like any new file, so the operating system gives it the permissions the user's
 * umask allows (typically readable by group and others). {@link Files#createTempFile} would make it owner-only,
 * and the move would carry that over to the document the user meant to share.
 */
public final class AtomicFileWriter {
    /** What goes into the file; may throw, for example {@link id.jalin.kernel.task.CancelledException}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temporary, absolute);
        } catch (IOException | RuntimeException | Error failure) {
            Files.deleteIfExists(temporary);
            throw failure;
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            // Some network shares cannot rename atomically; replacing the file is still better than writing into it.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
