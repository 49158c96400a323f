package id.jalin.catalogue.harvest;

import id.jalin.member.domain.CatalogueServerKind;
import java.net.http.HttpClient;
import java.util.List;

/** The harvester for each kind of member catalogue, over one HTTP client with the given patience. */
public final class Harvesters {
    private Harvesters() {
    }

    /** With the usual patience: 30 s to connect, 30 s for each page. */
    public static Harvester forKind(CatalogueServerKind kind) {
        return forKind(kind, HarvestSettings.DEFAULTS);
    }

    /** Each call opens its own HTTP client; a nightly run over every member may share one through the overload. */
    public static Harvester forKind(CatalogueServerKind kind, HarvestSettings settings) {
        return forKind(kind, PageFetcher.over(settings));
    }

    /**
     * Over the caller's client, so that harvesting every member shares its connections and threads. The client's
     * connect timeout is its own; {@code settings} gives the answer timeout and the request limit.
     */
    public static Harvester forKind(CatalogueServerKind kind, HttpClient client, HarvestSettings settings) {
        return forKind(kind, new PageFetcher(client, settings));
    }

    /** An HTTP client as the harvesters want it: the settings' connect timeout, redirects followed. */
    public static HttpClient client(HarvestSettings settings) {
        return PageFetcher.client(settings);
    }

    private static Harvester forKind(CatalogueServerKind kind, PageFetcher fetcher) {
        OaiFormat dublinCore = new OaiFormat("oai_dc", OaiFormat.OAI_DC_NAMESPACE, new DublinCoreReading(false));
        return switch (kind) {
            // Koha and INLISLite give MARCXML (Koha with its items in 952 when its OAI configuration includes them);
            // the server is asked which formats it has, since its configuration may name MARCXML otherwise.
            case KOHA, INLISLITE, OTHER_OAI_PMH ->
                    new OaiPmhHarvester(fetcher, List.of(marcXml(), dublinCore), true, true);
            case EPRINTS, DSPACE -> new OaiPmhHarvester(fetcher, List.of(dublinCore), false, true);
            case SLIMS -> new SlimsHarvester(fetcher);
        };
    }

    private static OaiFormat marcXml() {
        return new OaiFormat("marcxml", OaiFormat.MARCXML_NAMESPACE, new MarcXmlReading());
    }
}
