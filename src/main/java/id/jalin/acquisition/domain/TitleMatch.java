package id.jalin.acquisition.domain;

import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.MatchRule;
import java.util.Optional;

/**
 * Whether two titles are the same by the catalogue's keys: the same valid ISBN (10 and 13 meet, hyphens or not),
 * else the same exact title key (title, main author's surname, year and edition number, so a second edition is
 * another title).
 */
record TitleMatch(MatchRule rule, String key) {
    static Optional<TitleMatch> between(MatchKeys one, MatchKeys other) {
        for (String identifier : one.identifiers()) {
            if (identifier.startsWith(ISBN) && other.identifiers().contains(identifier)) {
                return Optional.of(new TitleMatch(MatchRule.ISBN, identifier.substring(ISBN.length())));
            }
        }
        if (!one.exactKey().isEmpty() && one.exactKey().equals(other.exactKey())) {
            return Optional.of(new TitleMatch(MatchRule.TITLE_KEY, one.exactKey()));
        }
        return Optional.empty();
    }

    /** How the catalogue writes an ISBN identifier. */
    static final String ISBN = "isbn:";

    /** The 13 digits of the key's valid ISBN, or empty. */
    static String isbnOf(MatchKeys keys) {
        return keys.identifiers().stream().filter(id -> id.startsWith(ISBN)).map(id -> id.substring(ISBN.length()))
                .findFirst().orElse("");
    }
}
