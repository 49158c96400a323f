package id.jalin.crossservice.print;

import java.util.Objects;

/**
 * The issuing forum as the cards show it: its name in the header band, its logo (PNG or JPEG, or null) and the
 * address a found card is sent back to, printed on the back.
 */
public record CardForum(String forumName, byte[] logo, String returnAddress) {
    public CardForum {
        Objects.requireNonNull(forumName, "forumName");
        returnAddress = returnAddress == null ? "" : returnAddress;
        logo = logo == null || logo.length == 0 ? null : logo.clone();
    }

    public boolean hasLogo() {
        return logo != null;
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }
}
