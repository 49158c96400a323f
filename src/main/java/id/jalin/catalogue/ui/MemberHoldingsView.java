package id.jalin.catalogue.ui;

import id.jalin.catalogue.domain.MemberLoad;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * "Koleksi anggota": every member library, when its holdings were last loaded, from where and how many, with the
 * actions that load, harvest or remove them above the table.
 */
final class MemberHoldingsView {
    private final Messages messages;
    private final TableView<MemberHoldingsRow> table = new TableView<>();
    /** Wraps onto a second line in a narrow window rather than cutting a button off. */
    private final FlowPane actions = new FlowPane(8, 8);
    private final BorderPane root = new BorderPane();

    MemberHoldingsView(Messages messages, ObservableList<MemberHoldingsRow> rows) {
        this.messages = messages;
        table.setId("catalogue-members");
        table.setItems(rows);
        EmptyListText.on(table, messages.get("catalogue.members.empty"));
        NumberFormat count = NumberFormat.getIntegerInstance(messages.language().locale());
        TableColumn<MemberHoldingsRow, String> code = TextColumns.of(messages.get("catalogue.members.code"),
                row -> row.library().code());
        TableColumn<MemberHoldingsRow, String> name = TextColumns.of(messages.get("catalogue.members.name"),
                row -> row.library().name());
        name.setPrefWidth(260);
        TableColumn<MemberHoldingsRow, String> records = TextColumns.of(messages.get("catalogue.members.records"),
                row -> row.load().map(load -> count.format(load.records())).orElse(""));
        records.getStyleClass().add(Styles.NUMERIC);
        TableColumn<MemberHoldingsRow, String> setAside = TextColumns.of(
                messages.get("catalogue.members.set_aside"), loadText(load -> count.format(load.setAside())));
        setAside.getStyleClass().add(Styles.NUMERIC);
        TableColumn<MemberHoldingsRow, String> loaded = TextColumns.of(messages.get("catalogue.members.loaded"),
                loadText(load -> messages.dateTime(load.loadedAt())));
        loaded.setPrefWidth(140);
        TableColumn<MemberHoldingsRow, String> source = TextColumns.of(messages.get("catalogue.members.source"),
                loadText(load -> messages.label("catalogue.source", load.source())));
        source.setPrefWidth(180);
        TableColumn<MemberHoldingsRow, String> origin = TextColumns.of(messages.get("catalogue.members.origin"),
                loadText(MemberLoad::origin));
        origin.setPrefWidth(220);
        table.getColumns().setAll(List.of(code, name, records, setAside, loaded, source, origin));
        Label hint = new Label(messages.get("catalogue.members.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        VBox top = new VBox(6, actions, hint);
        top.setPadding(new Insets(8, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);
    }

    private static Function<MemberHoldingsRow, String> loadText(Function<MemberLoad, String> text) {
        return row -> row.load().map(text).orElse("");
    }

    Node root() {
        return root;
    }

    FlowPane actions() {
        return actions;
    }

    TableView<MemberHoldingsRow> table() {
        return table;
    }
}
