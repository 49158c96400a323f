package id.jalin.member.domain;

/**
 * Where a member's catalogue can be harvested from: the base address of its server (for Koha
 * {@code https://lib.example.ac.id/cgi-bin/koha/oai.pl}, for SLiMS the site's root such as
 * {@code https://perpus.example.ac.id/slims/}) and what kind of server answers there. {@link #NONE} for a member
 * whose holdings only arrive as files.
 */
public record CatalogueAddress(String url, CatalogueServerKind kind) {
    public static final CatalogueAddress NONE = new CatalogueAddress("", null);

    public CatalogueAddress {
        url = url == null ? "" : url.strip();
    }

    /** Whether anything was entered; a half-entered address is still "set" so that the rules can refuse it. */
    public boolean isSet() {
        return !url.isEmpty() || kind != null;
    }
}
