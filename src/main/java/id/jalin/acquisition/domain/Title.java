package id.jalin.acquisition.domain;

import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.TitleProbe;
import java.util.Optional;

/** What a proposal line asks for, as the member wrote it. */
public record Title(String isbn, String title, String author, String publisher, Integer year, String edition) {
    public Title {
        isbn = isbn == null ? "" : isbn.strip();
        title = title == null ? "" : title.strip();
        author = author == null ? "" : author.strip();
        publisher = publisher == null ? "" : publisher.strip();
        edition = edition == null ? "" : edition.strip();
    }

    /** The probe the union catalogue looks it up by. */
    public TitleProbe probe() {
        return new TitleProbe(isbn, title, author, year, edition);
    }

    /**
     * The keys the catalogue clusters with: the valid ISBN as 13 digits and the exact title key (title, main
     * author's surname, year, edition number), so an ISBN-10 meets its ISBN-13 and a second edition meets nothing of
     * the first.
     */
    public MatchKeys keys() {
        return probe().keys();
    }

    /** The ISBN read from what was written, valid or not; empty when none was written or it is no ISBN. */
    public Optional<Isbn> readIsbn() {
        return Isbn.read(isbn);
    }
}
