package id.jalin.catalogue.ui;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Styles;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * Every member's record of one work side by side, one column each, one row per field: where members catalogued
 * the same book differently (a subtitle, the edition, the call number) the coordinator sees it at a glance. Each
 * column's header is a toggle that picks the record for a split or a join.
 */
final class RecordsSideBySide {
    private static final double COLUMN_WIDTH = 260;

    private record Row(String key, Function<StoredRecord, String> value) {
    }

    private final Messages messages;
    private final LongFunction<String> memberCode;

    RecordsSideBySide(Messages messages, LongFunction<String> memberCode) {
        this.messages = messages;
        this.memberCode = memberCode;
    }

    Node grid(List<StoredRecord> records, ToggleGroup picked) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setId("catalogue-side-by-side");
        grid.getColumnConstraints().add(new ColumnConstraints(-1, -1, -1));
        List<Row> rows = rows();
        for (int column = 0; column < records.size(); column++) {
            StoredRecord stored = records.get(column);
            ToggleButton header = new ToggleButton(memberCode.apply(stored.memberId()) + " \u00b7 "
                    + stored.record().sourceId());
            header.setUserData(stored);
            header.setToggleGroup(picked);
            header.setMaxWidth(Double.MAX_VALUE);
            grid.add(header, column + 1, 0);
            grid.getColumnConstraints().add(new ColumnConstraints(COLUMN_WIDTH / 2, COLUMN_WIDTH, Double.MAX_VALUE));
        }
        for (int row = 0; row < rows.size(); row++) {
            Label name = new Label(messages.get(rows.get(row).key()));
            name.getStyleClass().add(Styles.MUTED);
            name.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(name, 0, row + 1);
            for (int column = 0; column < records.size(); column++) {
                Label value = new Label(rows.get(row).value().apply(records.get(column)));
                value.setWrapText(true);
                grid.add(value, column + 1, row + 1);
            }
        }
        return grid;
    }

    private List<Row> rows() {
        return List.of(
                new Row("catalogue.field.title", stored -> titled(stored.record())),
                new Row("catalogue.field.authors", stored -> String.join("; ", stored.record().authors())),
                new Row("catalogue.field.edition", stored -> stored.record().edition()),
                new Row("catalogue.field.publication", stored -> publication(stored.record())),
                new Row("catalogue.field.extent", stored -> stored.record().extent()),
                new Row("catalogue.field.isbn", stored -> String.join(", ", stored.record().isbns().stream()
                        .map(Isbn::digits).toList())),
                new Row("catalogue.field.subjects", stored -> String.join("; ", stored.record().subjects())),
                new Row("catalogue.field.call_number", stored -> stored.record().callNumber()),
                new Row("catalogue.field.locations", stored -> String.join("; ", stored.record().locations())),
                new Row("catalogue.field.copies", stored -> copies(stored.record())),
                new Row("catalogue.field.kind", stored -> messages.label("catalogue.kind", stored.record().kind())),
                new Row("catalogue.field.rule", stored -> messages.label("catalogue.rule", stored.rule())),
                new Row("catalogue.field.flags", stored -> String.join("; ", stored.record().flags().stream()
                        .map(flag -> messages.label("catalogue.flag", flag)).toList())));
    }

    private static String titled(CatalogueRecord record) {
        return record.subtitle().isEmpty() ? record.title() : record.title() + " : " + record.subtitle();
    }

    private static String publication(CatalogueRecord record) {
        StringBuilder text = new StringBuilder(record.place());
        if (!record.publisher().isEmpty()) {
            text.append(text.isEmpty() ? "" : " : ").append(record.publisher());
        }
        if (record.year() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(record.year());
        }
        return text.toString();
    }

    private String copies(CatalogueRecord record) {
        return record.itemCodes().isEmpty() ? String.valueOf(record.copies())
                : messages.get("catalogue.field.copies_with_codes", record.copies(),
                        String.join(", ", record.itemCodes()));
    }
}
