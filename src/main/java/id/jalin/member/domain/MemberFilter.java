package id.jalin.member.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The register's search: free text over name, code, institution and city (accents and case ignored),
 * and optionally one status.
 */
public record MemberFilter(String text, MemberStatus status) implements Predicate<Library> {
    public static final MemberFilter ALL = new MemberFilter("", null);

    public MemberFilter {
        text = text == null ? "" : fold(text.strip());
    }

    @Override
    public boolean test(Library library) {
        if (status != null && library.status() != status) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        return fold(library.name()).contains(text)
                || fold(library.code()).contains(text)
                || fold(library.city()).contains(text)
                || fold(library.institution()).contains(text);
    }

    private static String fold(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 128)) {
            return lower;
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
