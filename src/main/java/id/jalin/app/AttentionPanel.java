package id.jalin.app;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The start screen's one list of what needs attention, gathered from every feature that has something due: each
 * source read in the background on its own, so a slow or failing one holds back none of the others. Earliest first,
 * so what is already late leads.
 */
final class AttentionPanel {
    private static final Comparator<AttentionLine> ORDER = Comparator.comparing(AttentionLine::date)
            .thenComparing(AttentionLine::kind).thenComparing(AttentionLine::text);

    private final List<AttentionSource> sources;
    private final TaskExecutor executor;

    AttentionPanel(List<AttentionSource> sources, TaskExecutor executor) {
        this.sources = List.copyOf(sources);
        this.executor = executor;
    }

    Node create(Messages messages) {
        Label title = new Label(messages.get("app.home.attention.title"));
        title.getStyleClass().add(Styles.TITLE);
        TableView<AttentionLine> table = new TableView<>();
        table.setId("attentionTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getStyleClass().add(atlantafx.base.theme.Styles.STRIPED);
        EmptyListText.on(table, messages.get("app.home.attention.reading"));
        TableColumn<AttentionLine, String> date = TextColumns.of(messages.get("app.home.attention.date"),
                line -> messages.date(line.date()));
        date.setMinWidth(165);
        TableColumn<AttentionLine, String> kind = TextColumns.of(messages.get("app.home.attention.kind"),
                AttentionLine::kind);
        kind.setMinWidth(220);
        TableColumn<AttentionLine, String> what = TextColumns.of(messages.get("app.home.attention.what"),
                AttentionLine::text);
        what.setPrefWidth(420);
        TableColumn<AttentionLine, String> number = TextColumns.of(messages.get("app.home.attention.number"),
                AttentionLine::reference);
        number.setMinWidth(250);
        table.getColumns().setAll(List.of(date, kind, what, number));
        table.setRowFactory(view -> {
            TableRow<AttentionLine> row = new TableRow<>() {
                @Override
                protected void updateItem(AttentionLine line, boolean empty) {
                    super.updateItem(line, empty);
                    getStyleClass().remove("overdue");
                    if (!empty && line != null && line.late()) {
                        getStyleClass().add("overdue");
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    row.getItem().open().run();
                }
            });
            return row;
        });
        Button open = new Button(messages.get("app.home.attention.open"));
        open.setId("openAttentionButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> table.getSelectionModel().getSelectedItem().open().run());
        read(messages, table);
        VBox box = new VBox(10, title, table, new HBox(open));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        return box;
    }

    /** Each source on its own; the list says there is nothing due only once every source has answered. */
    private void read(Messages messages, TableView<AttentionLine> table) {
        read(messages, lines -> {
            table.getItems().addAll(lines);
            table.getItems().sort(ORDER);
        }, () -> EmptyListText.on(table, messages.get("app.home.attention.none")));
    }

    /**
     * Reads every source in the background: {@code add} hears each source's lines as they come (on the window
     * thread), {@code allAnswered} once, when every source has answered or failed. A source that fails is reported
     * by the executor under its own title.
     */
    void read(Messages messages, Consumer<List<AttentionLine>> add, Runnable allAnswered) {
        if (sources.isEmpty()) {
            allAnswered.run();
            return;
        }
        AtomicInteger waiting = new AtomicInteger(sources.size());
        for (AttentionSource source : sources) {
            executor.execute(BackgroundTask.wrap(progress -> source.lines(messages))
                    .titled(source.taskTitle(messages)).onSuccess(add).whenDone(() -> {
                        if (waiting.decrementAndGet() == 0) {
                            allAnswered.run();
                        }
                    }));
        }
    }
}
