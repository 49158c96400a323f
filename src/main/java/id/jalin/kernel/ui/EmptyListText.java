package id.jalin.kernel.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

/**
 * The sentence a table or list shows while it has no rows, telling the user what would be there and how to add it.
 * Wrapped, because a narrow side panel would otherwise cut it off.
 */
public final class EmptyListText {
    private EmptyListText() {
    }

    public static void on(TableView<?> table, String text) {
        table.setPlaceholder(label(text));
    }

    public static void on(ListView<?> list, String text) {
        list.setPlaceholder(label(text));
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPadding(new Insets(8));
        return label;
    }
}
