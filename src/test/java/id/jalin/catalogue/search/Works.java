package id.jalin.catalogue.search;

import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.MaterialKind;
import java.util.List;

/** Works for the index's tests, written the way the feed hands them over. */
final class Works {
    private Works() {
    }

    static IndexedWork book(long id, String title, String author, Integer year, Holding... holdings) {
        return new IndexedWork(id, title, author, year, MaterialKind.BOOK, "", List.of(title), List.of(author),
                List.of(), List.of(), List.of(), List.of(), List.of(holdings));
    }

    static IndexedWork work(long id, String title, String author, Integer year, MaterialKind kind, List<String> subjects,
                            List<String> publishers, List<String> isbns, Holding... holdings) {
        return new IndexedWork(id, title, author, year, kind, "", List.of(title), List.of(author), subjects, publishers,
                isbns, List.of(), List.of(holdings));
    }

    static Holding at(long memberId, long recordId) {
        return new Holding(memberId, recordId, "R" + recordId, 1, "");
    }
}
