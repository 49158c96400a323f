package id.jalin.crossservice.ui;

import id.jalin.crossservice.print.CardForum;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileService;
import java.util.function.Supplier;

/**
 * The forum as the cards print it, read from the forum's profile each time a print starts. It reads the database,
 * so it is asked from the print's background work, never on the FX thread; and since it is read then rather than
 * cached when the screen opens, a print cannot go out before the name has loaded.
 */
final class CardIssuer implements Supplier<CardForum> {
    private final ForumProfileService forum;

    CardIssuer(ForumProfileService forum) {
        this.forum = forum;
    }

    @Override
    public CardForum get() {
        ForumProfile profile = forum.profile();
        return new CardForum(profile.name(), profile.hasLogo() ? profile.logo() : null, profile.addressLine());
    }
}
