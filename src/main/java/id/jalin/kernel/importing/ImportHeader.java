package id.jalin.kernel.importing;

import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header row of a file and which position holds which column. Unknown headings are ignored. The header is the
 * first row that names every required column in either language, looked for among the first rows, so a title line
 * or two above it (as spreadsheets often have) does not stop the import.
 */
public final class ImportHeader {
    /** How far down a header row is looked for: a few title lines, not a whole sheet. */
    static final int ROWS_LOOKED_AT = 20;

    private final int rowNumber;
    private final List<String> headings;
    private final Map<ImportColumn<?>, Integer> positions;

    private ImportHeader(int rowNumber, List<String> headings, Map<ImportColumn<?>, Integer> positions) {
        this.rowNumber = rowNumber;
        this.headings = List.copyOf(headings);
        this.positions = Map.copyOf(positions);
    }

    /**
     * Finds the header among {@code rows}. Refuses the file when no early row names every required column (the
     * reasons name what the likeliest header row lacks) or when the header names a column twice (for example both
     * "code" and "kode"), since then no row could be read with certainty.
     *
     * @return the header; data rows are the rows after {@link #rowNumber()}
     */
    static ImportHeader find(List<SourceRow> rows, ImportSchema schema) throws ImportRefusedException {
        List<SourceRow> early = rows.stream().filter(row -> !row.isBlank())
                .limit(ROWS_LOOKED_AT).toList();
        if (early.isEmpty()) {
            throw ImportRefusedException.because("import.error.empty");
        }
        SourceRow likeliest = early.get(0);
        long likeliestKnown = 0;
        for (SourceRow row : early) {
            long known = row.cells().stream().filter(schema::knows).count();
            if (schema.required().stream().allMatch(column -> names(row, column))) {
                likeliest = row;
                break;
            }
            if (known > likeliestKnown) {
                likeliest = row;
                likeliestKnown = known;
            }
        }
        return read(likeliest, schema);
    }

    private static boolean names(SourceRow row, ImportColumn<?> column) {
        return row.cells().stream().anyMatch(cell -> column.headings().contains(ImportSchema.normalise(cell)));
    }

    private static ImportHeader read(SourceRow row, ImportSchema schema) throws ImportRefusedException {
        Map<ImportColumn<?>, Integer> positions = new HashMap<>();
        List<FieldError> reasons = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String heading = row.cells().get(i);
            heading = heading.startsWith("\ufeff") ? heading.substring(1) : heading;
            // kept for writing refused rows back, so no longer than a spreadsheet cell holds
            headings.add(ImportLimits.cut(heading, ImportLimits.MAX_CELL_CHARS));
            Optional<ImportColumn<?>> column = schema.forHeading(heading);
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                reasons.add(FieldError.of("file", "import.error.duplicateColumn", ImportLimits.quoted(heading.strip())));
            }
        }
        for (ImportColumn<?> required : schema.required()) {
            if (!positions.containsKey(required)) {
                reasons.add(FieldError.of("file", "import.error.missingColumn", required.key(),
                        String.join(" / ", required.headings())));
            }
        }
        if (!reasons.isEmpty()) {
            throw new ImportRefusedException(reasons);
        }
        return new ImportHeader(row.number(), headings, positions);
    }

    /** The header's row number as a spreadsheet shows it. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The headings exactly as the file wrote them, for writing rejected rows back in the same shape. */
    public List<String> headings() {
        return headings;
    }

    public boolean has(ImportColumn<?> column) {
        return positions.containsKey(column);
    }

    /** The columns the file has; a column it lacks leaves the stored value alone when an import updates. */
    public Set<ImportColumn<?>> columns() {
        return positions.keySet();
    }

    /** The stripped value of {@code column} in {@code values}; empty when the column or the cell is absent. */
    String value(List<String> values, ImportColumn<?> column) {
        Integer position = positions.get(column);
        if (position == null || position >= values.size() || values.get(position) == null) {
            return "";
        }
        return values.get(position).strip();
    }
}
