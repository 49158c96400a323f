package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import org.marc4j.MarcXmlReader;
import org.marc4j.marc.Record;
import org.xml.sax.SAXParseException;

/**
 * MARCXML, read with marc4j's {@link MarcXmlReader}. XML that breaks off or goes wrong part way (a truncated
 * download, a stray "&amp;") cannot be read past the fault: the records before it are kept, and one set-aside row at
 * the next position says the rest of the file could not be read and at which line the XML broke, so the user can
 * fix the file and import it again.
 */
final class MarcXmlHoldingsReader implements HoldingsReader {
    private final long limit;

    MarcXmlHoldingsReader() {
        this(HoldingsLimits.MAX_FILE_BYTES);
    }

    MarcXmlHoldingsReader(long limit) {
        this.limit = limit;
    }

    @Override
    public void read(InputStream in, RecordSink sink, Progress progress) throws IOException, ImportRefusedException {
        HoldingsInput input = HoldingsInput.open(in, progress, EnumSet.of(FileKind.MARCXML), limit);
        Abandonable source = new Abandonable(input.stream());
        MarcXmlReader reader = new MarcXmlReader(source);
        boolean finished = false;
        try {
            int position = 0;
            while (true) {
                Record marc;
                try {
                    if (!reader.hasNext()) {
                        break;
                    }
                    marc = reader.next();
                } catch (RuntimeException broken) {
                    input.checkLimit();
                    sink.setAside(new RejectedRow(position + 1, List.of(FieldError.of("record",
                            "catalogue.read.xml_broken", lineOf(broken))), List.of("", "")));
                    finished = true;
                    return;
                }
                position++;
                input.checkLimit();
                MarcHandover.handOver(marc, position, sink);
                input.progressed();
            }
            input.checkLimit();
            finished = true;
        } finally {
            if (!finished) {
                abandon(reader, source);
            }
        }
    }

    /**
     * marc4j parses on a thread of its own that waits until each record is taken; a reader that stops early (Cancel,
     * a refusal) would leave that thread waiting for ever. Cutting its input off and taking what it still hands over
     * lets it end.
     */
    private static void abandon(MarcXmlReader reader, Abandonable source) {
        source.abandoned = true;
        try {
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (RuntimeException ended) {
            // the parser thread ended on the cut-off input, which is what abandoning asks of it
        }
    }

    /** The line the XML broke at, as the parser reports it; 0 when it does not say. */
    static int lineOf(Throwable broken) {
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parse) {
                return Math.max(0, parse.getLineNumber());
            }
        }
        return 0;
    }

    /** An input that reports an error to the parser once the reader has stopped wanting its records. */
    private static final class Abandonable extends FilterInputStream {
        private volatile boolean abandoned;

        Abandonable(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            return super.read(buffer, offset, length);
        }

        private void check() throws IOException {
            if (abandoned) {
                throw new IOException("Reading abandoned");
            }
        }
    }
}
