package id.jalin.kernel.ui;

import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import javafx.scene.control.TableView;

/**
 * The row a list-and-detail screen opens when its rows first arrive: one asked for from elsewhere (the start
 * screen), else the list's first. An asked row that is not on the page read is opened in the detail all the same.
 */
public final class AskedRow {
    private Long asked;

    /** The row to open instead of the first, by its id. */
    public void ask(long id) {
        asked = id;
    }

    /** Selects the asked row, or opens it by id when it is not listed, or selects the first; asked only once. */
    public <T> void choose(TableView<T> table, ToLongFunction<T> idOf, LongConsumer open) {
        Long wanted = asked;
        asked = null;
        if (wanted == null) {
            table.getSelectionModel().select(0);
            return;
        }
        table.getItems().stream().filter(row -> idOf.applyAsLong(row) == wanted).findFirst()
                .ifPresentOrElse(row -> table.getSelectionModel().select(row), () -> open.accept(wanted));
    }
}
