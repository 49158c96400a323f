package id.jalin.catalogue.harvest;

import id.jalin.member.domain.CatalogueServerKind;
import java.util.List;

/** The harvester for each kind of member catalogue, over one HTTP client with the given patience. */
public final class Harvesters {
    private Harvesters() {
    }

    /** With the usual patience: 30 s to connect, 30 s for each page. */
    public static Harvester forKind(CatalogueServerKind kind) {
        return forKind(kind, HarvestSettings.DEFAULTS);
    }

    public static Harvester forKind(CatalogueServerKind kind, HarvestSettings settings) {
        PageFetcher fetcher = PageFetcher.over(settings);
        OaiFormat dublinCore = new OaiFormat("oai_dc", OaiFormat.OAI_DC_NAMESPACE, new DublinCoreReading(false));
        return switch (kind) {
            case KOHA, INLISLITE, OTHER_OAI_PMH -> new OaiPmhHarvester(fetcher, List.of(dublinCore), true, true);
            case EPRINTS, DSPACE -> new OaiPmhHarvester(fetcher, List.of(dublinCore), false, true);
            case SLIMS -> new SlimsHarvester(fetcher);
        };
    }
}
