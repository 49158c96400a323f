package id.jalin.catalogue.load;

import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.LoadInfo;
import id.jalin.catalogue.domain.LoadOutcome;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.catalogue.source.CsvLayout;
import id.jalin.catalogue.source.HoldingsReader;
import id.jalin.catalogue.source.HoldingsReaders;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A member's holdings loaded from a file, the same way from the window and from the command line: the file read
 * by the reader for its format straight into the load's transaction, so a refused file or a Cancel keeps the member's
 * previous holdings.
 */
public final class HoldingsLoading {
    private final UnionCatalogueService service;

    public HoldingsLoading(UnionCatalogueService service) {
        this.service = service;
    }

    public LoadOutcome loadFile(long memberId, HoldingsSource format, CsvLayout layout, Path file, Progress progress)
            throws IOException, ImportRefusedException {
        HoldingsReader reader = HoldingsReaders.forSource(format, layout);
        try (InputStream in = Files.newInputStream(file)) {
            return service.load(memberId, new LoadInfo(format, file.getFileName().toString()),
                    sink -> readInto(reader, in, sink, progress), progress);
        } catch (ReadFailure failure) {
            throw failure.unwrap();
        }
    }

    private static void readInto(HoldingsReader reader, InputStream in, id.jalin.catalogue.domain.RecordSink sink,
                                 Progress progress) throws ReadFailure {
        try {
            reader.read(in, sink, progress);
        } catch (IOException | ImportRefusedException e) {
            throw new ReadFailure(e);
        }
    }

    /** A reader's two checked failures as the one the feed declares. */
    private static final class ReadFailure extends Exception {
        ReadFailure(Exception cause) {
            super(cause);
        }

        /** Throws the reader's own failure; declared to return so that callers can write {@code throw unwrap()}. */
        RuntimeException unwrap() throws IOException, ImportRefusedException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ImportRefusedException) getCause();
        }
    }
}
