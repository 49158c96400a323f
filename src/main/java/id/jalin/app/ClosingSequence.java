package id.jalin.app;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FailureExplainer;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Closes Jalin once its main window is closed: the {@link ClosingWork} (the backup on exit, the database closed and
 * on a large embedded file compacted) runs on a thread of its own, and when it takes longer than a moment the start
 * window says what it does, with a bar, so that the seconds a large forum's file takes are not taken for a hang (and
 * nobody starts Jalin again meanwhile to be told the file is in use). The backup can be skipped there; a backup that
 * failed is said in words before Jalin ends. {@code exit} runs on the FX thread when all is done.
 */
final class ClosingSequence {
    /** Quicker than this, the window is not shown at all: a small forum closes at once. */
    static final Duration SHOW_AFTER = Duration.millis(400);

    private final ClosingWork work;
    private final Messages messages;
    private final Runnable exit;
    private final AtomicBoolean skip = new AtomicBoolean();
    private final SimpleDoubleProperty backedUp = new SimpleDoubleProperty(ProgressBar.INDETERMINATE_PROGRESS);
    private StartWindow window;
    private boolean finished;

    ClosingSequence(ClosingWork work, Messages messages, Runnable exit) {
        this.work = work;
        this.messages = messages;
        this.exit = exit;
    }

    /** On the FX thread: hides the main window and starts closing. */
    void start(Stage main) {
        window = new StartWindow(messages);
        main.hide();
        PauseTransition later = new PauseTransition(SHOW_AFTER);
        later.setOnFinished(event -> {
            if (!finished) {
                window.show();
            }
        });
        later.play();
        Thread closing = new Thread(() -> {
            ClosingWork.Outcome outcome = work.run(progress(), step -> Platform.runLater(() -> show(step)));
            Platform.runLater(() -> finish(outcome));
        }, "jalin-closing");
        // not a daemon: the process must not end while the database file is being written
        closing.setDaemon(false);
        closing.start();
    }

    private Progress progress() {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                double part = total <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : (double) done / total;
                Platform.runLater(() -> backedUp.set(part));
            }

            @Override
            public boolean isCancelled() {
                return skip.get();
            }
        };
    }

    private void show(ClosingWork.Step step) {
        switch (step) {
            case BACKING_UP -> window.follow(messages.get("closing.step.backup"), backedUp,
                    messages.get("closing.skip_backup"), () -> skip.set(true));
            case CLOSING -> window.step(messages.get("closing.step.closing"));
        }
    }

    private void finish(ClosingWork.Outcome outcome) {
        finished = true;
        if (outcome.failed()) {
            if (!window.isShowing()) {
                window.show();
            }
            FailureExplainer.Explanation explained = new FailureExplainer(messages)
                    .explain(messages.get("closing.backup_title"), outcome.failure());
            new Dialogs(messages).failure(window.window(), new FailureExplainer.Explanation(explained.title(),
                    explained.text() + "\n\n" + messages.get("closing.backup_failed_kept"), explained.details()));
        }
        window.close();
        exit.run();
    }
}
