package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.Isbn;
import java.util.List;
import java.util.Set;

/** The id a CSV row's record is known by in its member's holdings, when the file gives it none of its own. */
final class RowIds {
    private RowIds() {
    }

    /**
     * The first item code is the member's own stable name for the book (a barcode on its shelf, unique in its
     * catalogue, unchanged by the next export, which may list the rows in another order); without copies the ISBN
     * names it; without either, only its row does. An id already given to an earlier row gets the row appended.
     */
    static String sourceId(List<String> itemCodes, List<Isbn> isbns, int row, Set<String> usedIds) {
        String id = !itemCodes.isEmpty() ? itemCodes.get(0) : !isbns.isEmpty() ? isbns.get(0).digits() : "#" + row;
        return unique(id, row, usedIds);
    }

    static String unique(String id, int row, Set<String> usedIds) {
        if (usedIds.add(id)) {
            return id;
        }
        String again = id + "#" + row;
        usedIds.add(again);
        return again;
    }
}
