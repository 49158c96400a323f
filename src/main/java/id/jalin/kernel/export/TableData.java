package id.jalin.kernel.export;

import java.util.List;

/** A table as the user sees it: column headings and rows of already formatted cells. */
public record TableData(String sheetName, List<String> headings, List<List<String>> rows) {
    public TableData {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
