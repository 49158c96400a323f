package id.jalin.catalogue.domain;

import java.util.List;

/**
 * A work as the search index holds it: what its members' records say of it, gathered (every title, author, subject
 * and publisher any of them gives, so that a search finds the work by any member's wording), shown by its first
 * record's title, author and year, and with every member's holding.
 *
 * @param title the work's title as shown (its first record's title and subtitle)
 * @param titles every member record's title and subtitle, for searching
 * @param isbns every valid ISBN of its records, 13 digits
 * @param issns every valid ISSN of its records, as {@code 1234-567X}
 */
public record IndexedWork(long workId, String title, String author, Integer year, MaterialKind kind, String edition,
                          List<String> titles, List<String> authors, List<String> subjects, List<String> publishers,
                          List<String> isbns, List<String> issns, List<Holding> holdings) {
    public IndexedWork {
        titles = List.copyOf(titles);
        authors = List.copyOf(authors);
        subjects = List.copyOf(subjects);
        publishers = List.copyOf(publishers);
        isbns = List.copyOf(isbns);
        issns = List.copyOf(issns);
        holdings = List.copyOf(holdings);
    }

    public int copies() {
        return holdings.stream().mapToInt(Holding::copies).sum();
    }
}
