package id.jalin.kernel.ui;

import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the column widths the user dragged, per table id and column position, across screen rebuilds and restarts.
 * Only tables with an id take part; widths are stored when the user resizes, not when a layout does.
 */
public final class ColumnMemory {
    private static final String APPLIED = "jalin.columnMemory";

    private final Settings settings;
    private final Map<String, Double> widths = new LinkedHashMap<>();

    public ColumnMemory(Settings settings) {
        this.settings = settings;
        Arrays.stream(settings.get(Setting.COLUMN_WIDTHS).split(";")).map(pair -> pair.split("="))
                .filter(pair -> pair.length == 2).forEach(pair -> {
                    try {
                        widths.put(pair[0], Double.parseDouble(pair[1]));
                    } catch (NumberFormatException e) {
                        // A damaged entry is skipped; the column keeps its own width.
                    }
                });
    }

    /** Gives every table with an id under {@code root} its remembered widths and listens for the user's resizing. */
    public void applyUnder(Node root) {
        for (Node node : SceneWalk.nodes(root)) {
            if (node instanceof TableView<?> table && table.getId() != null
                    && table.getProperties().putIfAbsent(APPLIED, Boolean.TRUE) == null) {
                apply(table);
            }
        }
    }

    private void apply(TableView<?> table) {
        boolean[] dragging = {false};
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> dragging[0] = inHeader(event.getTarget()));
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> dragging[0] = false);
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<?, ?> column = table.getColumns().get(i);
            String key = table.getId() + "." + i;
            Double width = widths.get(key);
            if (width != null) {
                column.setPrefWidth(width);
            }
            column.widthProperty().addListener((obs, old, now) -> {
                // Only widths the user dragged on the header are kept; layouts change widths all the time.
                if (dragging[0]) {
                    widths.put(key, now.doubleValue());
                    column.setPrefWidth(now.doubleValue());
                    store();
                }
            });
        }
    }

    private static boolean inHeader(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node.getStyleClass().contains("column-header-background")) {
                return true;
            }
        }
        return false;
    }

    /** Remembers a width as if the user had dragged it; for tests and for tables resized by code on request. */
    public void remember(TableView<?> table, int column, double width) {
        widths.put(table.getId() + "." + column, width);
        store();
    }

    public java.util.Optional<Double> width(String tableId, int column) {
        return java.util.Optional.ofNullable(widths.get(tableId + "." + column));
    }

    private void store() {
        settings.put(Setting.COLUMN_WIDTHS, widths.entrySet().stream()
                .map(e -> e.getKey() + "=" + Math.round(e.getValue())).collect(Collectors.joining(";")));
        settings.flush();
    }
}
