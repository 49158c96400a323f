package id.jalin.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the records the clustering tests compare, naming only the fields a test cares about. */
final class RecordBuilder {
    private String title = "";
    private String subtitle = "";
    private String responsibility = "";
    private final List<String> authors = new ArrayList<>();
    private String edition = "";
    private Integer year;
    private final List<Isbn> isbns = new ArrayList<>();
    private final List<Issn> issns = new ArrayList<>();
    private MaterialKind kind = MaterialKind.BOOK;

    static RecordBuilder titled(String title) {
        RecordBuilder builder = new RecordBuilder();
        builder.title = title;
        return builder;
    }

    RecordBuilder subtitle(String value) {
        subtitle = value;
        return this;
    }

    RecordBuilder by(String author) {
        authors.add(author);
        return this;
    }

    RecordBuilder responsibility(String value) {
        responsibility = value;
        return this;
    }

    RecordBuilder edition(String value) {
        edition = value;
        return this;
    }

    RecordBuilder year(Integer value) {
        year = value;
        return this;
    }

    RecordBuilder isbn(String written) {
        isbns.add(Isbn.read(written).orElseThrow());
        return this;
    }

    RecordBuilder issn(String written) {
        issns.add(Issn.read(written).orElseThrow());
        kind = MaterialKind.SERIAL;
        return this;
    }

    CatalogueRecord build() {
        return new CatalogueRecord("t", title, subtitle, responsibility, authors, edition, "", "", year, isbns, issns,
                List.of(), "", "", "", "", "", "", kind, List.of(), 1, List.of(), Optional.empty());
    }

    MatchKeys keys() {
        return ClusterKeys.of(build());
    }
}
