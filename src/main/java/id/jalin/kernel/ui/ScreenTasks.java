package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.task.Work;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The screens' way of working off the FX thread: every call named, and a failure explained in a dialog over the
 * window in words, with the raw text under details.
 */
public final class ScreenTasks {
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<Window> window;
    private final Dialogs dialogs;

    public ScreenTasks(TaskExecutor executor, Messages messages, Supplier<Window> window) {
        this.executor = executor;
        this.messages = messages;
        this.window = window;
        this.dialogs = new Dialogs(messages);
    }

    /** Short work (a read, a save): named for the failure dialog. */
    public <T> void run(String title, Work<T> work, Consumer<T> then) {
        executor.execute(BackgroundTask.wrap(work).titled(title).onSuccess(then).onFailure(failure -> fail(title,
                failure)));
    }

    /** Long work (a file written): shown in the status bar with progress and Cancel. */
    public <T> void runLong(String title, Work<T> work, Consumer<T> then) {
        executor.execute(BackgroundTask.wrap(work).withProgress(title).onSuccess(then).onFailure(failure -> fail(title,
                failure)));
    }

    public void fail(String title, Throwable failure) {
        dialogs.failure(window.get(), new FailureExplainer(messages).explain(title, failure));
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public Window window() {
        return window.get();
    }
}
