package id.jalin.catalogue.harvest;

import id.jalin.member.domain.CatalogueServerKind;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to harvest: a member's catalogue as its register entry names it.
 *
 * @param address the catalogue's base address: an OAI-PMH base URL
 *        ({@code https://opac.example.ac.id/cgi-bin/koha/oai.pl}, {@code http://lib.example.ac.id/oai.php}); for
 *        SLiMS the OPAC's address with or without {@code oai.php} ({@code http://lib.example.ac.id/}), from which
 *        both the OAI-PMH and the MODS pages are reached
 * @param kind the kind of server, which decides the protocol and the metadata format
 * @param from only records changed since then, where the server can say so; empty for everything. A server that
 *        cannot (SLiMS) is harvested whole, and {@link HarvestSummary#incremental()} says which happened
 */
public record HarvestRequest(URI address, CatalogueServerKind kind, Optional<Instant> from) {
    public HarvestRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
    }

    /** Everything the member's catalogue holds. */
    public static HarvestRequest whole(URI address, CatalogueServerKind kind) {
        return new HarvestRequest(address, kind, Optional.empty());
    }
}
