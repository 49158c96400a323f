package id.jalin.kernel.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Where the user is on a screen: the tab of each tab pane and what each list has selected. Taken before the screen
 * is built again in another language and given back to the new screen, so the user stays where they were.
 */
public record ScreenPlace(Map<String, String> tabs, Map<String, String> selections) {
    private static final String KEEPER_KEY = "jalin.placeKeeper";

    /** A part of a screen (a list, a table) that can say what is selected and select it again after a rebuild. */
    public interface Keeper {
        /** What is selected, as text the same part can read back; null when nothing is. */
        String capture();

        /** Selects {@code place} again, now or as soon as the rows it lies among have been read. */
        void restore(String place);
    }

    /** Lets the window ask {@code node} (which must carry an id) for its selection. */
    public static void keep(Node node, Keeper keeper) {
        node.getProperties().put(KEEPER_KEY, keeper);
    }

    /**
     * Keeps what is typed in a search or filter box (which must carry an id) through a rebuild, so that switching
     * the language does not throw the typing away; setting it again runs the search as typing would.
     */
    public static void keepText(javafx.scene.control.TextInputControl box) {
        keep(box, new Keeper() {
            @Override
            public String capture() {
                String text = box.getText();
                return text == null || text.isEmpty() ? null : text;
            }

            @Override
            public void restore(String place) {
                box.setText(place);
                box.positionCaret(place.length());
            }
        });
    }

    public static ScreenPlace capture(Node root) {
        Map<String, String> tabs = new HashMap<>();
        Map<String, String> selections = new HashMap<>();
        if (root == null) {
            return new ScreenPlace(tabs, selections);
        }
        for (Node node : SceneWalk.nodes(root)) {
            if (node.getId() == null) {
                continue;
            }
            if (node instanceof TabPane pane) {
                Tab selected = pane.getSelectionModel().getSelectedItem();
                if (selected != null && selected.getId() != null) {
                    tabs.put(node.getId(), selected.getId());
                }
            }
            if (node.getProperties().get(KEEPER_KEY) instanceof Keeper keeper) {
                String place = keeper.capture();
                if (place != null) {
                    selections.put(node.getId(), place);
                }
            }
        }
        return new ScreenPlace(tabs, selections);
    }

    public void restore(Node root) {
        if (root == null) {
            return;
        }
        for (Node node : SceneWalk.nodes(root)) {
            if (node.getId() == null) {
                continue;
            }
            if (node instanceof TabPane pane && tabs.containsKey(node.getId())) {
                pane.getTabs().stream().filter(tab -> tabs.get(node.getId()).equals(tab.getId())).findFirst()
                        .ifPresent(tab -> pane.getSelectionModel().select(tab));
            }
            if (node.getProperties().get(KEEPER_KEY) instanceof Keeper keeper && selections.containsKey(node.getId())) {
                keeper.restore(selections.get(node.getId()));
            }
        }
    }
}
