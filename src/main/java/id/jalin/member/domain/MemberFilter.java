package id.jalin.member.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The register's search: free text over name, code, institution and city (accents and case ignored),
 * and optionally one status.
 */
public record MemberFilter(String text, MemberStatus status) implements Predicate<Library> {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
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
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 128) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }
}
