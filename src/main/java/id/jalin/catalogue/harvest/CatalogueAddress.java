package id.jalin.catalogue.harvest;

import java.net.URI;
import java.util.Locale;

/** A member's catalogue address as a request can use it. */
final class CatalogueAddress {
    private CatalogueAddress() {
    }

    /** The address itself when it is http or https with a host; otherwise the harvest cannot start. */
    static URI checked(URI address) throws HarvestFailedException {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || address.getHost() == null) {
            throw HarvestFailedException.because("catalogue.harvest.address.invalid", address.toString());
        }
        return address;
    }
}
