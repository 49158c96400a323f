package id.jalin.catalogue.print;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.i18n.Messages;
import java.util.stream.Collectors;

/**
 * The new titles as a typed table for the spreadsheet export: one field a column, so a member can sort and filter
 * what the PDF prints (the year and copies as numbers, the arrival as a date).
 */
public final class NewTitlesTable {
    private NewTitlesTable() {
    }

    public static ExportTable of(NewTitlesList list, Messages messages) {
        ExportTable.Builder table = ExportTable.builder(messages.get("catalogue.print.sheet"))
                .column(messages.get("catalogue.print.column.number"), ColumnKind.INTEGER)
                .column(messages.get("catalogue.print.column.title"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.subtitle"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.edition"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.authors"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.publisher"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.place"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.year"), ColumnKind.INTEGER)
                .column(messages.get("catalogue.print.column.isbn"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.call_number"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.kind"), ColumnKind.TEXT)
                .column(messages.get("catalogue.print.column.copies"), ColumnKind.INTEGER)
                .column(messages.get("catalogue.print.column.arrived"), ColumnKind.DATE);
        int number = 0;
        for (StoredRecord stored : list.records()) {
            CatalogueRecord record = stored.record();
            number++;
            table.row(number, record.title(), record.subtitle(), record.edition(),
                    String.join("; ", record.authors()), record.publisher(), record.place(),
                    record.year() == null ? null : Long.valueOf(record.year()),
                    record.isbns().stream().map(Isbn::digits).collect(Collectors.joining("; ")),
                    record.callNumber(), messages.label("catalogue.kind", record.kind()), record.copies(),
                    stored.arrivedAt() == null ? null : stored.arrivedAt().toLocalDate());
        }
        return table.build();
    }
}
