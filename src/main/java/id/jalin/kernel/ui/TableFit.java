package id.jalin.kernel.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps table text whole: each column is at least as wide as its heading in the current language, and plain text
 * cells wrap onto more lines (with the full text in a tooltip), so rows grow rather than hide words.
 */
public final class TableFit {
    private static final String APPLIED = "jalin.tableFit";

    private TableFit() {
    }

    /** Fits the headings of every table under {@code root}, now and whenever a table's skin is (re)built. */
    public static void applyUnder(Node root) {
        for (Node node : SceneWalk.nodes(root)) {
            if (node instanceof TableView<?> table && table.getProperties().putIfAbsent(APPLIED, Boolean.TRUE) == null) {
                wrapCells(table);
                table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> fitHeadings(table)));
                table.getColumns().addListener((javafx.collections.ListChangeListener<Object>) change ->
                        Platform.runLater(() -> fitHeadings(table)));
                // Rows arrive later from the background: their longest words count too.
                table.itemsProperty().addListener((obs, old, items) -> Platform.runLater(() -> fitHeadings(table)));
                table.widthProperty().addListener((obs, old, width) -> fitPolicy(table));
                if (table.getItems() != null) {
                    table.getItems().addListener((javafx.collections.ListChangeListener<Object>) change ->
                            Platform.runLater(() -> fitHeadings(table)));
                }
                if (table.getSkin() != null) {
                    Platform.runLater(() -> fitHeadings(table));
                }
            }
        }
    }

    private static final String OWN_POLICY = "jalin.tableFit.policy";

    /**
     * When the columns' least widths no longer fit beside each other, the table scrolls sideways instead of
     * squeezing (and clipping) them; when they fit again it goes back to its own policy.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fitPolicy(TableView table) {
        Object own = table.getProperties().computeIfAbsent(OWN_POLICY, key -> table.getColumnResizePolicy());
        if (table.getWidth() <= 0) {
            return;
        }
        java.util.List<TableColumn<?, ?>> leaves = new java.util.ArrayList<>();
        collectLeaves((java.util.List) table.getColumns(), leaves);
        double least = leaves.stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getMinWidth).sum();
        boolean tooNarrow = least > table.getWidth() - 18;
        javafx.util.Callback wanted = tooNarrow ? TableView.UNCONSTRAINED_RESIZE_POLICY : (javafx.util.Callback) own;
        if (table.getColumnResizePolicy() != wanted) {
            table.setColumnResizePolicy(wanted);
        } else if (!tooNarrow && wanted != TableView.UNCONSTRAINED_RESIZE_POLICY && overflows(table, leaves)) {
            // A column widened to its heading or its rows' longest word after the table was laid out pushes the
            // last ones off the side: a constrained policy only squeezes again when asked, so ask it.
            wanted.call(new TableView.ResizeFeatures(table, null, 0.0));
        }
    }

    private static boolean overflows(TableView<?> table, java.util.List<TableColumn<?, ?>> leaves) {
        double used = leaves.stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getWidth).sum();
        return used > table.getWidth() - 2;
    }

    /** The width of the longest unbreakable piece in the column's first rows: a cell may wrap, but not inside a word. */
    private static double widestWord(TableView<?> table, TableColumnBase<?, ?> column, javafx.scene.text.Font font) {
        if (!(column instanceof TableColumn<?, ?> leaf) || leaf.getCellFactory() == null
                || table.getItems() == null) {
            return 0;
        }
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(javafx.scene.text.Font.font(font.getFamily(), font.getSize()));
        double widest = 0;
        int rows = Math.min(table.getItems().size(), 300);
        for (int i = 0; i < rows; i++) {
            Object value = leaf.getCellData(i);
            if (value instanceof String cell) {
                // The pieces the text may be broken between, as the wrapping cell breaks it (spaces, "/", "-";
                // not the spaces inside a grouped number).
                String text = id.jalin.kernel.text.LineBreaks.keepNumbersWhole(cell);
                java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance();
                breaks.setText(text);
                for (int start = breaks.first(), end = breaks.next(); end != java.text.BreakIterator.DONE;
                     start = end, end = breaks.next()) {
                    measure.setText(text.substring(start, end).strip());
                    widest = Math.max(widest, measure.getLayoutBounds().getWidth());
                }
            }
        }
        // Cell padding (left and right) and the gap the wrapping cell keeps.
        return widest == 0 ? 0 : Math.ceil(widest) + 28;
    }

    /** Columns that draw plain text (the default cell) get cells that wrap instead of cutting the text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void wrapCells(TableView<?> table) {
        java.util.List<TableColumn<?, ?>> leaves = new java.util.ArrayList<>();
        collectLeaves((java.util.List) table.getColumns(), leaves);
        for (TableColumn column : leaves) {
            if (column.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY) {
                column.setCellFactory(c -> new WrappingCell<>());
            }
        }
    }

    private static void collectLeaves(java.util.List<TableColumn<?, ?>> columns, java.util.List<TableColumn<?, ?>> leaves) {
        for (TableColumn<?, ?> column : columns) {
            if (column.getColumns().isEmpty()) {
                leaves.add(column);
            } else {
                collectLeaves((java.util.List) column.getColumns(), leaves);
            }
        }
    }

    /** Raises each column's minimum width to what its heading label needs, as laid out with the theme's font. */
    static void fitHeadings(TableView<?> table) {
        fitHeadingsOnly(table);
        fitPolicy(table);
    }

    private static void fitHeadingsOnly(TableView<?> table) {
        table.applyCss();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()) {
                Node label = header.lookup(".label");
                if (label instanceof Label heading) {
                    TableColumnBase<?, ?> column = header.getTableColumn();
                    double needed = Math.max(Math.ceil(heading.prefWidth(-1) + header.snappedLeftInset()
                            + header.snappedRightInset()) + 2, widestWord(table, column, heading.getFont()));
                    if (column.getMaxWidth() < needed) {
                        column.setMaxWidth(needed);
                    }
                    if (column.getMinWidth() < needed) {
                        column.setMinWidth(needed);
                    }
                    if (column.getPrefWidth() < needed) {
                        column.setPrefWidth(needed);
                    }
                }
            }
        }
    }
}
