package id.jalin.app;

import id.jalin.access.ui.LoginDialog;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.i18n.Messages;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log out / switch user without restarting: the signed-in person is forgotten at once (services refuse from here
 * on), the stage shows nothing of their screens, and the login dialog asks who comes next. The window is then built
 * again for that person; giving up at the login ends the program as at start.
 */
final class SignOutFlow {
    private static final Logger LOG = LoggerFactory.getLogger(SignOutFlow.class);

    private final AppContext context;
    private final Stage stage;

    SignOutFlow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
    }

    /** Call on the FX thread after unsaved typing was asked about. */
    void run(Messages messages, Consumer<Messages> rebuild, Runnable gaveUp) {
        String who = context.access().signedIn().current().map(Actor::loginName).orElse("");
        context.access().signedIn().signOut();
        LOG.info("Signed out: {}", who);
        Label signedOut = new Label(messages.get("access.signedOut"));
        signedOut.setWrapText(true);
        StackPane blank = new StackPane(signedOut);
        blank.setId("signedOut");
        blank.setPadding(new Insets(20));
        stage.getScene().setRoot(blank);
        Optional<Actor> next = new LoginDialog(context.access().logins(), context.executor(), messages,
                context.access().clock().getZone(), stage, "").showAndWait();
        if (next.isEmpty()) {
            gaveUp.run();
            return;
        }
        context.access().signedIn().signIn(next.get());
        rebuild.accept(messages);
    }
}
