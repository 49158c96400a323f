package id.jalin.catalogue.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISSN as the union catalogue compares serials by it: the eight characters without the hyphen ("01263188"),
 * read from "ISSN 0126-3188" or "0126 3188 (cetak)"; a wrong check character is kept but flagged, as for ISBNs.
 */
public record Issn(String characters, boolean checkValid) {
    private static final Pattern WRITTEN = Pattern.compile("(?<![0-9])([0-9]{4})[- ]?([0-9]{3}[0-9Xx])(?![0-9Xx])");

    public Issn {
        if (characters == null || !characters.matches("[0-9]{7}[0-9X]")) {
            throw new IllegalArgumentException("Not an ISSN: " + characters);
        }
    }

    /** The first ISSN written in {@code text}; empty when it holds none. */
    public static Optional<Issn> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher found = WRITTEN.matcher(text);
        if (!found.find()) {
            return Optional.empty();
        }
        String compact = (found.group(1) + found.group(2)).toUpperCase(java.util.Locale.ROOT);
        return Optional.of(new Issn(compact, compact.charAt(7) == check(compact.substring(0, 7))));
    }

    /** As printed: 0126-3188. */
    public String written() {
        return characters.substring(0, 4) + "-" + characters.substring(4);
    }

    static char check(String seven) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (seven.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
