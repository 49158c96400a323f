package id.jalin.catalogue.domain;

import java.util.List;
import java.util.Optional;

/** Records as a member's file would give them, for tests of the catalogue's storage, search and screens. */
public final class TestRecords {
    private TestRecords() {
    }

    public static CatalogueRecord book(String sourceId, String title, String author, Integer year, String isbn) {
        return record(sourceId, title, "", author, year, isbn, "", 1);
    }

    public static CatalogueRecord record(String sourceId, String title, String subtitle, String author, Integer year,
                                         String isbn, String edition, int copies) {
        List<Isbn> isbns = isbn == null || isbn.isEmpty() ? List.of() : List.of(Isbn.read(isbn).orElseThrow());
        return new CatalogueRecord(sourceId, title, subtitle, "", author.isEmpty() ? List.of() : List.of(author),
                edition, "Penerbit ITB", "Bandung", year, isbns, List.of(), List.of("Ilmu perpustakaan"), "ind",
                "020 " + sourceId, "020", "", "xii, 250 hlm.", "", MaterialKind.BOOK, List.of(), copies, List.of(),
                Optional.empty());
    }
}
