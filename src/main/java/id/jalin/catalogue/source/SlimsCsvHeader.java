package id.jalin.catalogue.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a SLiMS CSV's first row is its header. SLiMS writes the header only when the librarian ticks "Put columns
 * names in the first row", and a translated SLiMS or a librarian's spreadsheet may carry other labels, so the row is
 * recognised by its shape, not its words: in a data row the authors, topics and item_code cells are each empty or in
 * SLiMS's {@code <one><two>} form, because SLiMS writes every value of them between angle brackets; a header labels
 * all three with plain words, and its publish_year cell holds a label, not a year.
 */
final class SlimsCsvHeader {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])[12][0-9]{3}(?![0-9])");

    private SlimsCsvHeader() {
    }

    static boolean isHeader(List<String> cells) {
        if (cells.size() < SlimsCsvColumns.COUNT) {
            return false;
        }
        for (int column : new int[] {SlimsCsvColumns.AUTHORS, SlimsCsvColumns.TOPICS, SlimsCsvColumns.ITEM_CODE}) {
            String cell = cells.get(column).strip();
            if (cell.isEmpty() || cell.contains("<")) {
                return false;
            }
        }
        return !YEAR.matcher(cells.get(SlimsCsvColumns.PUBLISH_YEAR)).find();
    }
}
