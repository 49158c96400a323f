package id.jalin.catalogue.source;

import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.task.Progress;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * A holdings file as every reader takes it: its kind checked from the first bytes, its bytes counted for the progress
 * bar and against {@link HoldingsLimits#MAX_FILE_BYTES}. Past the limit the stream ends early (so the parser stops)
 * and {@link #checkLimit()} refuses the file.
 */
final class HoldingsInput {
    private final Counting counting;
    private final Progress progress;
    private final long expectedBytes;
    private final FileKind kind;

    private HoldingsInput(Counting counting, Progress progress, long expectedBytes, FileKind kind) {
        this.counting = counting;
        this.progress = progress;
        this.expectedBytes = expectedBytes;
        this.kind = kind;
    }

    /**
     * Opens the file for a reader that reads these kinds.
     *
     * @throws ImportRefusedException when the file is empty, already known to be too large, or of another kind
     */
    static HoldingsInput open(InputStream in, Progress progress, Set<FileKind> accepted)
            throws IOException, ImportRefusedException {
        return open(in, progress, accepted, HoldingsLimits.MAX_FILE_BYTES);
    }

    /** As above, with another limit: tests show the refusal without writing a gigabyte. */
    static HoldingsInput open(InputStream in, Progress progress, Set<FileKind> accepted, long limit)
            throws IOException, ImportRefusedException {
        // a file stream knows how much is left; other streams say 0, and then only the count guards the limit
        long expected = Math.max(0, in.available());
        if (expected > limit) {
            throw tooLarge();
        }
        Counting counting = new Counting(new BufferedInputStream(in, 64 * 1024), limit);
        counting.mark(FileKind.SNIFF_BYTES);
        byte[] head = counting.readNBytes(FileKind.SNIFF_BYTES);
        counting.reset();
        FileKind kind = FileKind.of(head, head.length);
        if (kind == FileKind.EMPTY) {
            throw ImportRefusedException.because("catalogue.read.empty");
        }
        if (!accepted.contains(kind)) {
            throw ImportRefusedException.because(kind.looksLikeKey());
        }
        return new HoldingsInput(counting, progress, expected, kind);
    }

    InputStream stream() {
        return counting;
    }

    FileKind kind() {
        return kind;
    }

    long bytesRead() {
        return counting.count;
    }

    /** Refuses the file once more of it was read than the limit allows. */
    void checkLimit() throws ImportRefusedException {
        if (counting.exceeded || counting.count > counting.limit) {
            throw tooLarge();
        }
    }

    /** Reports the bytes read so far, and stops when the user pressed Cancel. */
    void progressed() {
        progress.update(counting.count, Math.max(expectedBytes, counting.count));
        progress.checkCancelled();
    }

    private static ImportRefusedException tooLarge() {
        return ImportRefusedException.because("catalogue.read.too_large", HoldingsLimits.maxGibibytes());
    }

    /** Counts what the parser reads; past the limit it reports the end of the file. */
    private static final class Counting extends FilterInputStream {
        private long count;
        private long marked;
        private boolean exceeded;
        private final long limit;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (atLimit()) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (atLimit()) {
                return -1;
            }
            long room = limit + 1 - count;
            int n = super.read(buffer, offset, (int) Math.min(length, room));
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }

        /** One byte past the limit is read, so that a file of exactly the limit is still taken. */
        private boolean atLimit() {
            if (count > limit) {
                exceeded = true;
                return true;
            }
            return false;
        }
    }
}
