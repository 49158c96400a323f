package id.jalin.app;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The start screen: a greeting and one list of what needs attention across the forum's work. */
final class HomeFeature implements Feature {
    private final AttentionPanel attention;

    HomeFeature(AttentionPanel attention) {
        this.attention = attention;
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
        Node list = attention.create(messages);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(header, list);
        box.setId("home");
        return box;
    }
}
