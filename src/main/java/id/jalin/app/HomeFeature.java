package id.jalin.app;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The start screen: a greeting and the panels features contribute, such as the agreement reminders. */
final class HomeFeature implements Feature {
    private final List<Function<Messages, Node>> panels;

    HomeFeature(List<Function<Messages, Node>> panels) {
        this.panels = List.copyOf(panels);
    }

    @Override
    public String id() {
        return "home";
    }

    @Override
    public String titleKey() {
        return "app.home.nav";
    }

    @Override
    public Node createView(Messages messages) {
        Label title = new Label(messages.get("app.home.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label intro = new Label(messages.get("app.home.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.MUTED);
        VBox header = new VBox(4, title, intro);
        header.setPadding(new Insets(16, 16, 0, 16));
        VBox box = new VBox(header);
        for (Function<Messages, Node> panel : panels) {
            Node node = panel.apply(messages);
            VBox.setVgrow(node, Priority.ALWAYS);
            box.getChildren().add(node);
        }
        box.setId("home");
        return box;
    }
}
