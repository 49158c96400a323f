package id.jalin.catalogue.domain;

import java.util.Objects;

/** Where a load's records come from, as the register shows it afterwards: the format and the file or the address. */
public record LoadInfo(HoldingsSource source, String origin) {
    public LoadInfo {
        Objects.requireNonNull(source, "source");
        origin = origin == null ? "" : origin;
    }
}
