package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.FailurePresenter;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The app's failure presenter: an error dialog over the window the user is working in, with the reason in words
 * and the raw text under "Details". The executor has already logged the failure with its stack trace.
 */
public final class DialogFailurePresenter implements FailurePresenter {
    private final Supplier<Messages> language;

    /** {@code language} is asked at each failure, so a dialog after a switch of language speaks the new one. */
    public DialogFailurePresenter(Supplier<Messages> language) {
        this.language = language;
    }

    @Override
    public void present(String actionTitle, Throwable failure) {
        Messages messages = language.get();
        FailureExplainer.Explanation explanation = new FailureExplainer(messages).explain(actionTitle, failure);
        new Dialogs(messages).failure(focusedWindow(), explanation);
    }

    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().findFirst().orElse(null));
    }
}
