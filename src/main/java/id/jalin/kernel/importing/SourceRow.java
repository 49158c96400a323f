package id.jalin.kernel.importing;

import java.util.List;

/**
 * One row of the file as text, before any column is known: its number as a spreadsheet shows it (the first line
 * or row is 1) and its cells. CSV and XLSX input both come down to a list of these.
 */
public record SourceRow(int number, List<String> cells) {
    public SourceRow {
        cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
