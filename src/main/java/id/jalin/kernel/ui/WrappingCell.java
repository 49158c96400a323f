package id.jalin.kernel.ui;

import javafx.geometry.HPos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A table cell that wraps its text onto more lines inside the column's width, so the row grows instead of the
 * text being cut with an ellipsis; the full text is also in a tooltip. The cell's own text stays set (for tests and
 * screen readers) but is drawn by the wrapping {@link Text}.
 */
public final class WrappingCell<S, T> extends TableCell<S, T> {
    private final Text text = new Text();

    public WrappingCell() {
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 8));
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
        alignmentProperty().addListener((obs, old, now) -> text.setTextAlignment(
                now != null && now.getHpos() == HPos.RIGHT ? TextAlignment.RIGHT : TextAlignment.LEFT));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String value = empty || item == null ? null : item.toString();
        setText(value);
        text.setText(value == null ? "" : id.jalin.kernel.text.LineBreaks.keepNumbersWhole(value));
        setGraphic(value == null ? null : text);
        setTooltip(value == null || value.isBlank() ? null : new Tooltip(value));
    }
}
