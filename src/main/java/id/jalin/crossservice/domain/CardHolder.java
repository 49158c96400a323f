package id.jalin.crossservice.domain;

import java.util.Locale;

/**
 * A person of a member library who may hold a forum card. {@code number} is the student or staff number their
 * home campus gave them, so it is unique only together with {@code homeLibraryId}. The photo is kept apart
 * (see {@link Photo}) because it is large and changes on its own schedule.
 */
public record CardHolder(
        Long id,
        int version,
        long homeLibraryId,
        String number,
        String name,
        String programme,
        HolderKind kind,
        String email,
        String phone) {

    public CardHolder {
        // Campuses print numbers with spaces or dots inconsistently; the stored form has none, so re-imports match.
        number = number == null ? "" : number.strip().replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
        name = clean(name);
        programme = clean(programme);
        email = clean(email);
        phone = clean(phone);
    }

    public static CardHolder newHolder(long homeLibraryId, String number, String name, String programme,
                                       HolderKind kind, String email, String phone) {
        return new CardHolder(null, 0, homeLibraryId, number, name, programme, kind, email, phone);
    }

    public boolean isNew() {
        return id == null;
    }

    public CardHolder withId(long newId, int newVersion) {
        return new CardHolder(newId, newVersion, homeLibraryId, number, name, programme, kind, email, phone);
    }

    /** These values as the stored holder, for re-applying an import onto a stored row. */
    public CardHolder asUpdateOf(CardHolder stored) {
        return withId(stored.id(), stored.version());
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
