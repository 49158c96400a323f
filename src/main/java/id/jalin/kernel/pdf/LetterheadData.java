package id.jalin.kernel.pdf;

import java.util.List;

/** What a letterhead shows: the forum's name, its address lines and, if it has one, its logo (PNG or JPEG). */
public record LetterheadData(String name, List<String> addressLines, byte[] logo) {
    public LetterheadData {
        addressLines = List.copyOf(addressLines);
        logo = logo == null ? null : logo.clone();
    }

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }
}
