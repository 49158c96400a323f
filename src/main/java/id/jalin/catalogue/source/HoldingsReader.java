package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one member's holdings file of one format and hands its records to the sink one at a time, never holding the
 * file in memory. A record it cannot use is set aside with its position and reason and reading goes on; only a file
 * that cannot be read as this format at all (empty, too large, of another kind) is refused.
 */
public interface HoldingsReader {
    /**
     * @throws ImportRefusedException when the file as a whole cannot be read as this format; records already handed
     *         to the sink then belong to no complete import, and the caller discards them
     * @throws id.jalin.kernel.task.CancelledException when the user pressed Cancel (checked between records)
     */
    void read(InputStream in, RecordSink sink, Progress progress) throws IOException, ImportRefusedException;
}
