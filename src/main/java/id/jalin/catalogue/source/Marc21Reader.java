package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.marc.Record;

/**
 * MARC21 in ISO 2709 (.mrc), read with marc4j's permissive reader: MARC-8 records (leader/09 blank) are converted to
 * UTF-8, and one broken record (a leader that does not parse, an unreadable directory) is set aside at its position
 * while the reader finds the next record by its terminator and goes on.
 */
final class Marc21Reader implements HoldingsReader {
    /** Failures in a row without the reader moving on in the file: it cannot find another record. */
    private static final int STUCK_FAILURES = 50;

    private final long limit;

    Marc21Reader() {
        this(HoldingsLimits.MAX_FILE_BYTES);
    }

    Marc21Reader(long limit) {
        this.limit = limit;
    }

    @Override
    public void read(InputStream in, RecordSink sink, Progress progress) throws IOException, ImportRefusedException {
        HoldingsInput input = HoldingsInput.open(in, progress, EnumSet.of(FileKind.MARC21), limit);
        MarcPermissiveStreamReader reader = new MarcPermissiveStreamReader(input.stream(), true, true);
        int position = 0;
        int stuck = 0;
        long lastBytes = -1;
        while (hasNext(reader, input)) {
            position++;
            Record marc;
            try {
                marc = reader.next();
            } catch (RuntimeException broken) {
                input.checkLimit();
                MarcHandover.unreadable(broken, position, sink);
                stuck = input.bytesRead() == lastBytes ? stuck + 1 : 0;
                lastBytes = input.bytesRead();
                if (stuck >= STUCK_FAILURES) {
                    return;
                }
                input.progressed();
                continue;
            }
            input.checkLimit();
            stuck = 0;
            lastBytes = input.bytesRead();
            if (marc != null) {
                MarcHandover.handOver(marc, position, sink);
            }
            input.progressed();
        }
        input.checkLimit();
    }

    private static boolean hasNext(MarcPermissiveStreamReader reader, HoldingsInput input)
            throws ImportRefusedException {
        try {
            return reader.hasNext();
        } catch (RuntimeException unreadable) {
            input.checkLimit();
            return false;
        }
    }
}
