package id.jalin.catalogue.domain;

import java.util.Arrays;

/**
 * A record's MARC21 exactly as its member's system gave it, in ISO 2709 with UTF-8 text (MARC-8 already converted),
 * kept so that copy cataloguing hands a member the full record rather than the few fields Jalin reads from it.
 */
public record MarcOriginal(byte[] iso2709) {
    public MarcOriginal {
        iso2709 = iso2709.clone();
    }

    @Override
    public byte[] iso2709() {
        return iso2709.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarcOriginal that && Arrays.equals(iso2709, that.iso2709);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(iso2709);
    }

    @Override
    public String toString() {
        return "MarcOriginal[" + iso2709.length + " bytes]";
    }
}
