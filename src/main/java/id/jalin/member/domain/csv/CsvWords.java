package id.jalin.member.domain.csv;

import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.MemberStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words a file may use for an enum value: the constant's own name in any case, plus the English and
 * Indonesian words coordinators actually write. Spaces, hyphens and underscores are interchangeable.
 */
final class CsvWords<E extends Enum<E>> {
    static final CsvWords<LibraryKind> KINDS = new CsvWords<>(LibraryKind.class, Map.of(
            "universitas", LibraryKind.UNIVERSITY,
            "institut", LibraryKind.INSTITUTE,
            "politeknik", LibraryKind.POLYTECHNIC,
            "akademi", LibraryKind.ACADEMY,
            "sekolah_tinggi", LibraryKind.COLLEGE));

    static final CsvWords<MemberStatus> STATUSES = new CsvWords<>(MemberStatus.class, Map.of(
            "aktif", MemberStatus.ACTIVE,
            "dibekukan", MemberStatus.SUSPENDED,
            "keluar", MemberStatus.LEFT));

    static final CsvWords<ForumRole> ROLES = new CsvWords<>(ForumRole.class, Map.of(
            "contact", ForumRole.CONTACT_PERSON,
            "narahubung", ForumRole.CONTACT_PERSON,
            "koordinator", ForumRole.COORDINATOR,
            "sekretaris", ForumRole.SECRETARY,
            "tidak_ada", ForumRole.NONE));

    private final Map<String, E> words = new HashMap<>();

    private CsvWords(Class<E> type, Map<String, E> aliases) {
        for (E constant : type.getEnumConstants()) {
            words.put(MemberCsvColumn.normalise(constant.name()), constant);
        }
        words.putAll(aliases);
    }

    /** The constant {@code text} names; empty when the word is unknown. Blank text is the caller's business. */
    Optional<E> read(String text) {
        return Optional.ofNullable(words.get(MemberCsvColumn.normalise(text)));
    }
}
