package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import org.marc4j.MarcXmlHandler;
import org.marc4j.MarcXmlParser;
import org.marc4j.RecordStack;
import org.marc4j.marc.Record;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * MARCXML, read with marc4j's parser on the reading thread: each record is handed on as the parser completes it.
 * XML that breaks off or goes wrong part way (a truncated download, a stray "&amp;") cannot be read past the fault:
 * the records before it are kept, and one set-aside row at the next position says the rest of the file could not be
 * read and at which line the XML broke, so the user can fix the file and import it again.
 *
 * <p>Not marc4j's {@code MarcXmlReader}: it parses on a thread of its own and, once the XML breaks, throws the error
 * from {@code hasNext()} even while a record parsed before the break is still waiting to be taken, so which records
 * were kept depended on timing.
 */
final class MarcXmlHoldingsReader implements HoldingsReader {
    private final long limit;

    MarcXmlHoldingsReader() {
        this(HoldingsLimits.MAX_FILE_BYTES);
    }

    MarcXmlHoldingsReader(long limit) {
        this.limit = limit;
    }

    /** Carries the reader's own checked refusal through the parser, which lets only runtime exceptions out. */
    private static final class Refusal extends RuntimeException {
        private final transient ImportRefusedException refusal;

        Refusal(ImportRefusedException refusal) {
            super(refusal);
            this.refusal = refusal;
        }
    }

    @Override
    public void read(InputStream in, RecordSink sink, Progress progress) throws IOException, ImportRefusedException {
        HoldingsInput input = HoldingsInput.open(in, progress, EnumSet.of(FileKind.MARCXML), limit);
        int[] position = {0};
        RecordStack handOver = new RecordStack() {
            @Override
            public synchronized void push(Record marc) {
                position[0]++;
                try {
                    input.checkLimit();
                } catch (ImportRefusedException refused) {
                    throw new Refusal(refused);
                }
                MarcHandover.handOver(marc, position[0], sink);
                input.progressed();
            }
        };
        try {
            new MarcXmlParser(new MarcXmlHandler(handOver)).parse(new InputSource(input.stream()));
        } catch (RuntimeException broken) {
            rethrowOwn(broken);
            input.checkLimit();
            rethrowUnreadable(broken);
            sink.setAside(new RejectedRow(position[0] + 1, List.of(FieldError.of("record",
                    "catalogue.read.xml_broken", lineOf(broken))), List.of("", "")));
            return;
        }
        input.checkLimit();
    }

    /** A refusal or a Cancel from the reader's own side comes out as itself, however the parser wrapped it. */
    private static void rethrowOwn(RuntimeException broken) throws ImportRefusedException {
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                throw refusal.refusal;
            }
            if (cause instanceof id.jalin.kernel.task.CancelledException cancelled) {
                throw cancelled;
            }
        }
    }

    /** A file the disk could not give (not XML that broke) is unreadable, not a record to set aside. */
    private static void rethrowUnreadable(RuntimeException broken) throws IOException {
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException unreadable) {
                throw unreadable;
            }
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
}
