package id.jalin.app;

import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Styles;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Who is signed in (name and role, with "Log out / switch user"), which database is open, and the long work under
 * way with its progress and a Cancel button.
 */
final class StatusBar {
    private final HBox root;

    StatusBar(AppContext context, Messages messages, Runnable signOut) {
        Label database = new Label(context.database().mode() == DatabaseMode.EMBEDDED_H2
                ? messages.get("app.status.embedded", context.currentConnection().h2File())
                : messages.get("app.status.shared", context.currentConnection().host(),
                        context.currentConnection().database()));
        database.setId("databaseStatus");
        database.getStyleClass().add(Styles.MUTED);

        Label taskTitle = new Label();
        taskTitle.setId("taskTitle");
        ProgressBar bar = new ProgressBar();
        bar.setId("taskProgress");
        bar.setPrefWidth(180);
        Button cancel = new Button(messages.get("common.button.cancel"));
        cancel.setId("taskCancel");
        HBox task = new HBox(8, taskTitle, bar, cancel);
        task.setAlignment(Pos.CENTER_RIGHT);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label person = new Label(context.access().signedIn().current()
                .map(actor -> messages.get("access.status.user", actor.displayName(),
                        messages.label("access.role", actor.role())))
                .orElse(""));
        person.setId("signedInUser");
        person.setMinWidth(Region.USE_PREF_SIZE);
        Button switchUser = new Button(messages.get("access.signOut"));
        switchUser.setId("signOutButton");
        switchUser.setMinWidth(Region.USE_PREF_SIZE);
        switchUser.setOnAction(event -> signOut.run());
        root = new HBox(8, person, switchUser, database, spacer, task);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        root.getStyleClass().add(Styles.STATUS_BAR);

        var visible = context.executor().visibleTaskProperty();
        task.visibleProperty().bind(visible.isNotNull());
        visible.addListener((obs, old, running) -> bind(running, taskTitle, bar, cancel));
        bind(visible.get(), taskTitle, bar, cancel);
    }

    private static void bind(Task<?> running, Label title, ProgressBar bar, Button cancel) {
        title.textProperty().unbind();
        bar.progressProperty().unbind();
        if (running == null) {
            title.setText("");
            bar.setProgress(0);
            cancel.setOnAction(null);
            return;
        }
        title.textProperty().bind(running.titleProperty());
        bar.progressProperty().bind(running.progressProperty());
        // No interrupt: an interrupted JDBC call can break the connection; the work checks Cancel itself.
        cancel.setOnAction(event -> running.cancel(false));
    }

    Node root() {
        return root;
    }
}
