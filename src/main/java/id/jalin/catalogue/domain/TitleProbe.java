package id.jalin.catalogue.domain;

import java.util.List;
import java.util.Optional;

/**
 * A title someone means to buy, as a purchase proposal gives it, to be looked for among the members' holdings by the
 * same keys the catalogue clusters with: its ISBN (10 or 13, hyphens or not) and its title key with the main
 * author's surname, the year and the edition number (so "Ed. 2" is another work, "Cet. 2" the same).
 */
public record TitleProbe(String isbn, String title, String author, Integer year, String edition) {
    public TitleProbe {
        isbn = isbn == null ? "" : isbn.strip();
        title = title == null ? "" : title.strip();
        author = author == null ? "" : author.strip();
        edition = edition == null ? "" : edition.strip();
    }

    /** The keys the probe is looked up by; an ISBN with a bad check digit is no key (it is flagged elsewhere). */
    public MatchKeys keys() {
        List<Isbn> isbns = Isbn.read(isbn).stream().toList();
        return ClusterKeys.of(new CatalogueRecord("", title, "", "", author.isEmpty() ? List.of() : List.of(author),
                edition, "", "", year, isbns, List.of(), List.of(), "", "", "", "", "", "", MaterialKind.BOOK,
                List.of(), 1, List.of(), Optional.empty()));
    }
}
