package id.jalin.kernel.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

/**
 * Every node under a root, including the content of tabs that are not shown and of panes whose skin is not built
 * yet: what the window needs to find the forms, tabs and tables of a screen.
 */
public final class SceneWalk {
    private SceneWalk() {
    }

    public static List<Node> nodes(Node root) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        List<Node> found = new ArrayList<>();
        visit(root, seen, found);
        return found;
    }

    private static void visit(Node node, Map<Node, Boolean> seen, List<Node> found) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        found.add(node);
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                visit(tab.getContent(), seen, found);
            }
        } else if (node instanceof ScrollPane scroll) {
            visit(scroll.getContent(), seen, found);
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> visit(item, seen, found));
        } else if (node instanceof TitledPane titled) {
            visit(titled.getContent(), seen, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, seen, found);
            }
        }
    }
}
