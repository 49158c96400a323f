package id.jalin.app;

import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.RequestedItem;

/** A union catalogue work as the item of a new interlibrary loan request. */
final class LoanItems {
    private LoanItems() {
    }

    static RequestedItem of(IndexedWork work) {
        ItemKind kind = work.kind() == null ? ItemKind.BOOK : switch (work.kind()) {
            case THESIS -> ItemKind.THESIS;
            case SERIAL -> ItemKind.SERIAL;
            case RESEARCH_REPORT -> ItemKind.RESEARCH_REPORT;
            default -> ItemKind.BOOK;
        };
        return new RequestedItem(work.workId(), work.title(), work.author(),
                work.publishers().isEmpty() ? "" : work.publishers().get(0), work.year(),
                work.isbns().isEmpty() ? "" : work.isbns().get(0), work.edition(), kind, "", "");
    }
}
