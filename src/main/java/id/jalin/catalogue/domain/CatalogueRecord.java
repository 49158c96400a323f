package id.jalin.catalogue.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's record of one title, as read from its file or its server: the fields the union catalogue clusters,
 * searches and shows, and the member's copies of it. Text is trimmed; absent text is the empty string, never null.
 *
 * @param sourceId the member's own id for the record (MARC 001, the SLiMS biblio id, an OAI identifier); when the
 *        source gives none, {@code "#"} and the record's position in the file, so a re-import finds it again
 * @param authors the main author first, as catalogued ("Sulistyo-Basuki", "Liye, Tere")
 * @param year the publication year, or {@code null} when the record gives none that reads as a year
 * @param isbns every ISBN the record gives (020 $a and $z, SLiMS isbn_issn), each read as 13 digits, in order, without
 *        repeats; those with a wrong check digit are kept and flagged
 * @param itemCodes the member's copies by their item codes (barcodes), when the source lists them
 * @param copies how many copies the member holds: the item codes when listed, otherwise what the source says, at least 1
 * @param original the source's MARC21 when it was MARC, for copy cataloguing
 * @param locations the sites the member keeps its copies at, as its system names them (a branch, a faculty
 *        library), each once, in the order first met; empty when the source does not say
 */
public record CatalogueRecord(String sourceId, String title, String subtitle, String responsibility,
                              List<String> authors, String edition, String publisher, String place, Integer year,
                              List<Isbn> isbns, List<Issn> issns, List<String> subjects, String language,
                              String callNumber, String classification, String series, String extent, String notes,
                              MaterialKind kind, List<String> itemCodes, int copies, List<RecordFlag> flags,
                              Optional<MarcOriginal> original, List<String> locations) {
    /** A record whose source names no sites. */
    public CatalogueRecord(String sourceId, String title, String subtitle, String responsibility,
                           List<String> authors, String edition, String publisher, String place, Integer year,
                           List<Isbn> isbns, List<Issn> issns, List<String> subjects, String language,
                           String callNumber, String classification, String series, String extent, String notes,
                           MaterialKind kind, List<String> itemCodes, int copies, List<RecordFlag> flags,
                           Optional<MarcOriginal> original) {
        this(sourceId, title, subtitle, responsibility, authors, edition, publisher, place, year, isbns, issns,
                subjects, language, callNumber, classification, series, extent, notes, kind, itemCodes, copies, flags,
                original, List.of());
    }

    public CatalogueRecord {
        sourceId = text(sourceId);
        title = text(title);
        subtitle = text(subtitle);
        responsibility = text(responsibility);
        authors = List.copyOf(authors);
        edition = text(edition);
        publisher = text(publisher);
        place = text(place);
        isbns = List.copyOf(isbns);
        issns = List.copyOf(issns);
        subjects = List.copyOf(subjects);
        language = text(language);
        callNumber = text(callNumber);
        classification = text(classification);
        series = text(series);
        extent = text(extent);
        notes = text(notes);
        Objects.requireNonNull(kind, "kind");
        itemCodes = List.copyOf(itemCodes);
        copies = Math.max(copies, Math.max(1, itemCodes.size()));
        flags = List.copyOf(flags);
        Objects.requireNonNull(original, "original");
        locations = locations.stream().map(CatalogueRecord::text).filter(site -> !site.isEmpty()).distinct().toList();
    }

    /** The main author as catalogued, or the empty string. */
    public String mainAuthor() {
        return authors.isEmpty() ? "" : authors.get(0);
    }

    /** The ISBNs whose check digit holds: the only ones the catalogue matches on. */
    public List<Isbn> validIsbns() {
        return isbns.stream().filter(Isbn::checkDigitValid).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
