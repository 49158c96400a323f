package id.jalin.access.ui;

import id.jalin.access.domain.UserRules;
import id.jalin.access.domain.UserService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import javafx.stage.Window;

/** "Change my password", for everyone signed in: the current password, then the new one twice. */
public final class ChangeOwnPassword {
    private ChangeOwnPassword() {
    }

    /** Shows the dialog and waits; returns whether a new password was stored. */
    public static boolean ask(UserService users, TaskExecutor executor, Messages messages, Window owner) {
        return new PasswordResetDialog(executor, messages, owner, messages.get("access.password.own.title"),
                messages.get("access.password.own.hint", UserRules.MIN_PASSWORD_LENGTH), true,
                users::changeOwnPassword).showAndWait().isPresent();
    }
}
