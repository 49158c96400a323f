package id.jalin.catalogue.harvest;

import java.net.URI;

/**
 * Where a SLiMS catalogue's pages are: members write the OPAC's address ({@code http://lib.example.ac.id/},
 * {@code http://lib.example.ac.id/slims}) or its OAI-PMH address ({@code .../oai.php}); both lead to the folder
 * that holds {@code oai.php} and {@code index.php}.
 */
final class SlimsAddress {
    private SlimsAddress() {
    }

    /** The folder of the SLiMS installation, ending with a slash. */
    static URI site(URI address) throws HarvestFailedException {
        URI checked = CatalogueAddress.checked(address);
        String path = checked.getRawPath() == null ? "" : checked.getRawPath();
        if (path.endsWith(".php")) {
            path = path.substring(0, path.lastIndexOf('/') + 1);
        } else if (!path.endsWith("/")) {
            path = path + "/";
        }
        return URI.create(checked.getScheme() + "://" + checked.getRawAuthority() + path);
    }

    static URI oai(URI site) {
        return site.resolve("oai.php");
    }

    /** A page of the OPAC's search for everything, as MODS (what SLiMS's own copy cataloguing asks). */
    static URI searchPage(URI site, int page) {
        return site.resolve("index.php?resultXML=true&search=Search&keywords=&page=" + page);
    }

    /** One record's MODS, with its copies. */
    static URI detail(URI site, String biblioId) {
        return site.resolve("index.php?p=show_detail&inXML=true&id=" + OaiQuery.encode(biblioId));
    }
}
