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
import id.jalin.catalogue.harvest.HarvestFailedException;
import id.jalin.catalogue.harvest.HarvestRequest;
import id.jalin.catalogue.harvest.Harvester;
import id.jalin.catalogue.harvest.Harvesters;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.Library;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A member's holdings loaded from a file or harvested from its server, the same way from the window and from the
 * command line: the records read straight into the load's transaction, so a refused file, a failed server or a
 * Cancel keeps the member's previous holdings.
 */
public final class HoldingsLoading {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final UnionCatalogueService service;
    private final Function<CatalogueServerKind, Harvester> harvesters;

    public HoldingsLoading(UnionCatalogueService service) {
        this(service, Harvesters::forKind);
    }

    /** With other harvesters: tests give short time-outs. */
    public HoldingsLoading(UnionCatalogueService service, Function<CatalogueServerKind, Harvester> harvesters) {
        this.service = service;
        this.harvesters = harvesters;
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

    /**
     * Harvests the member's catalogue from its server. When it was harvested from the same address before and the
     * server can say what changed (OAI-PMH datestamps: Koha, INLISLite, EPrints, DSpace), only the records changed or
     * deleted since a day before that harvest are fetched and merged in; otherwise (the first time, another address,
     * SLiMS) the harvest is whole and replaces the member's holdings. Either way a server that fails part-way leaves
     * the earlier holdings as they were.
     */
    public LoadOutcome harvest(long memberId, CatalogueAddress address, Progress progress)
            throws HarvestFailedException {
        if (!address.isSet() || address.kind() == null) {
            throw HarvestFailedException.because("catalogue.harvest.no_address");
        }
        Harvester harvester = harvesters.apply(address.kind());
        URI base = URI.create(address.url());
        LoadInfo info = new LoadInfo(HoldingsSource.OAI_PMH, address.url());
        Optional<Instant> since = service.load(memberId)
                .filter(last -> last.source() == HoldingsSource.OAI_PMH && last.origin().equals(address.url()))
                .filter(last -> harvester.harvestsChanges())
                // a day's margin: the server's clock and its datestamps' granularity need not agree with ours
                .map(last -> last.loadedAt().minusDays(1).atZone(JAKARTA).toInstant());
        if (since.isPresent()) {
            HarvestRequest changes = new HarvestRequest(base, address.kind(), since);
            return service.merge(memberId, info, sink -> harvester.harvest(changes, sink, progress), progress);
        }
        HarvestRequest request = HarvestRequest.whole(base, address.kind());
        return service.load(memberId, info, sink -> harvester.harvest(request, sink, progress), progress);
    }

    /**
     * Harvests every member that has a catalogue address, one after another; a member whose server fails is reported
     * to {@code failed} and skipped, and the others go on.
     */
    public List<LoadOutcome> harvestAll(List<Library> members, Progress progress,
                                        BiConsumer<Library, HarvestFailedException> failed) {
        List<LoadOutcome> outcomes = new ArrayList<>();
        for (Library member : members) {
            if (!member.catalogue().isSet()) {
                continue;
            }
            progress.checkCancelled();
            try {
                outcomes.add(harvest(member.id(), member.catalogue(), progress));
            } catch (HarvestFailedException e) {
                failed.accept(member, e);
            }
        }
        return outcomes;
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
