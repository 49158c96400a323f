package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.SortDirection;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Wires a table to {@link PagedRows}: clicking a header sorts in the database, typing in the search field searches
 * in the database once the typing pauses, and a bar under the table says "1–50 of 50,000" with previous and next.
 * Chosen over virtual scrolling because the count and the two buttons are plain to a secretary, easy to test, and
 * need no guessing of row heights; search is how people find one holder among thousands.
 */
public final class PagedTable {
    /** How long typing must pause before the search goes to the database. */
    public static final Duration SEARCH_PAUSE = Duration.millis(300);

    private PagedTable() {
    }

    /**
     * Shows the rows and sends header clicks to the database. Columns missing from {@code sortable} cannot be
     * sorted on (they are not columns of the database, or not indexed).
     */
    public static <T, S extends Enum<S>> void bind(TableView<T> table, PagedRows<T, S> rows,
                                                   Map<TableColumn<T, ?>, S> sortable) {
        table.setItems(rows.rows());
        for (TableColumn<T, ?> column : table.getColumns()) {
            column.setSortable(sortable.containsKey(column));
        }
        // The rows come sorted from the database: the policy only passes the chosen header on, it sorts nothing.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                rows.sortBy(null, SortDirection.ASCENDING);
            } else {
                TableColumn<T, ?> first = t.getSortOrder().get(0);
                rows.sortBy(sortable.get(first), first.getSortType() == TableColumn.SortType.ASCENDING
                        ? SortDirection.ASCENDING : SortDirection.DESCENDING);
            }
            return true;
        });
    }

    /** Sends what is typed to {@code search} once the typing has paused for {@link #SEARCH_PAUSE}. */
    public static void debounce(TextField field, StringProperty search) {
        PauseTransition pause = new PauseTransition(SEARCH_PAUSE);
        pause.setOnFinished(event -> search.set(field.getText()));
        field.setText(search.get());
        field.textProperty().addListener((obs, old, text) -> pause.playFromStart());
        // Enter searches at once, for those who type and press Enter.
        field.setOnAction(event -> {
            pause.stop();
            search.set(field.getText());
        });
    }

    /** The "1–50 of 50,000" bar with previous and next; ids are {@code idPrefix + "Previous"}, etc. */
    public static <T, S extends Enum<S>> Node pager(PagedRows<T, S> rows, Messages messages, String idPrefix) {
        Button previous = new Button(messages.get("paging.previous"));
        previous.setId(idPrefix + "Previous");
        previous.setMinWidth(Region.USE_PREF_SIZE);
        previous.setOnAction(event -> rows.previous());
        Button next = new Button(messages.get("paging.next"));
        next.setId(idPrefix + "Next");
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setOnAction(event -> rows.next());
        previous.disableProperty().bind(Bindings.createBooleanBinding(() -> !rows.pageProperty().get().hasPrevious()
                || rows.loadingProperty().get(), rows.pageProperty(), rows.loadingProperty()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !rows.pageProperty().get().hasNext()
                || rows.loadingProperty().get(), rows.pageProperty(), rows.loadingProperty()));
        Label range = new Label();
        range.setId(idPrefix + "Range");
        range.getStyleClass().add(Styles.MUTED);
        range.textProperty().bind(Bindings.createStringBinding(() -> rangeText(rows.pageProperty().get(), messages),
                rows.pageProperty()));
        HBox bar = new HBox(8, range, previous, next);
        bar.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(range, javafx.scene.layout.Priority.ALWAYS);
        range.setMaxWidth(Double.MAX_VALUE);
        return bar;
    }

    /** "1–50 of 50,000", numbers grouped for the language; empty when there are no rows. */
    public static String rangeText(Page<?> page, Messages messages) {
        return page.total() == 0 ? ""
                : messages.get("paging.range", page.firstRowNumber(), page.lastRowNumber(), page.total());
    }
}
