package id.jalin.kernel.importing;

import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one way Jalin reads an import file: CSV (separator and encoding detected) or XLSX (first sheet), told apart by
 * their first bytes; the header found by its headings in either language; each data row handed to the feature's
 * planner, and the rows it refuses set aside with their row numbers and reasons. Stores nothing.
 */
public final class ImportReader<T> {
    private final ImportSchema schema;
    private final Supplier<? extends RowPlanner<T>> planners;

    /** @param planners a fresh planner for each file */
    public ImportReader(ImportSchema schema, Supplier<? extends RowPlanner<T>> planners) {
        this.schema = Objects.requireNonNull(schema);
        this.planners = Objects.requireNonNull(planners);
    }

    /**
     * Reads the whole file. Rows with problems end up in {@link ImportPlan#rejected()}; only a file that cannot be
     * read as this kind of list at all is refused.
     *
     * @throws ImportRefusedException when the file is empty, too large, badly quoted, not a workbook or lacks a
     *         required column
     * @throws id.jalin.kernel.task.CancelledException when the user cancelled
     */
    public ImportPlan<T> read(InputStream in, Progress progress) throws IOException, ImportRefusedException {
        byte[] bytes = ImportLimits.readBounded(in);
        List<SourceRow> rows = XlsxSource.looksLikeWorkbook(bytes) ? XlsxSource.read(bytes)
                : CsvSource.read(bytes, schema::knows);
        ImportHeader header = ImportHeader.find(rows, schema);
        RowPlanner<T> planner = planners.get();
        List<RejectedRow> rejected = new ArrayList<>();
        int total = rows.size();
        for (int i = 0; i < total; i++) {
            progress.checkCancelled();
            SourceRow source = rows.get(i);
            if (source.number() > header.rowNumber() && !source.isBlank()) {
                // A cell no spreadsheet could hold is set aside before any column reads it (ImportLimits).
                List<FieldError> overlong = ImportLimits.overlongCells(source.cells(), header.headings());
                if (!overlong.isEmpty()) {
                    rejected.add(new RejectedRow(source.number(), overlong, ImportLimits.cutCells(source.cells())));
                    progress.update(i + 1, total);
                    continue;
                }
                ImportRow row = new ImportRow(source.number(), source.cells(), header);
                var reasons = planner.add(row);
                if (!reasons.isEmpty()) {
                    rejected.add(new RejectedRow(row.number(), reasons, row.values()));
                }
            }
            progress.update(i + 1, total);
        }
        return new ImportPlan<>(header.headings(), header.columns(), planner.planned(), rejected);
    }
}
