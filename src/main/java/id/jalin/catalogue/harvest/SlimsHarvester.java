package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A SLiMS catalogue: through its {@code oai.php} (Dublin Core, a hundred records a request, item codes as
 * {@code hasPart}, always whole since SLiMS keeps no datestamps) and, where the library switched OAI-PMH off, through
 * the MODS pages SLiMS uses to copy records between servers (one request per record). The fall-back happens only
 * when the very first OAI request shows there is no OAI-PMH there, before any record was handed over.
 */
final class SlimsHarvester implements Harvester {
    private final OaiPmhHarvester oai;
    private final SlimsModsHarvester mods;

    SlimsHarvester(PageFetcher fetcher) {
        OaiFormat dublinCore = new OaiFormat("oai_dc", OaiFormat.OAI_DC_NAMESPACE, new DublinCoreReading(true));
        this.oai = new OaiPmhHarvester(fetcher, List.of(dublinCore), false, false);
        this.mods = new SlimsModsHarvester(fetcher);
    }

    @Override
    public HarvestSummary harvest(HarvestRequest request, RecordSink sink, Progress progress)
            throws HarvestFailedException {
        URI site = SlimsAddress.site(request.address());
        Counting counting = new Counting(sink);
        try {
            return oai.harvest(SlimsAddress.oai(site), Optional.empty(), counting, progress);
        } catch (HarvestFailedException e) {
            if (counting.count > 0 || !noOaiThere(e)) {
                throw e;
            }
            return mods.harvest(site, sink, progress);
        }
    }

    /** SLiMS with OAI-PMH switched off answers "badVerb"; an older one without oai.php, 404 or its OPAC page. */
    private static boolean noOaiThere(HarvestFailedException e) {
        return switch (e.messageKey()) {
            case "catalogue.harvest.oai.error" -> "badVerb".equals(e.args().get(0));
            case "catalogue.harvest.http.status" -> List.of("403", "404").contains(e.args().get(0));
            case "catalogue.harvest.html", "catalogue.harvest.unexpected.xml" -> true;
            default -> false;
        };
    }

    private static final class Counting implements RecordSink {
        private final RecordSink sink;
        private int count;

        Counting(RecordSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(CatalogueRecord record) {
            count++;
            sink.accept(record);
        }

        @Override
        public void setAside(RejectedRow reason) {
            count++;
            sink.setAside(reason);
        }
    }
}
