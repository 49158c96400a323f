package id.jalin.app;

import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Jalin does once its window is closed, in order: the background workers stopped (work still running is given
 * up and rolls back, as when Jalin was closed before), the automatic backup on exit when the settings ask for it,
 * then the rest that holds files open closed (the catalogue's index, the database; on the embedded file the close
 * may compact it, decision 0033). Both can take a while on a large forum, so they run off the
 * FX thread behind the {@link ClosingWindow}. Whatever the backup does (done, skipped, failed) the rest is closed,
 * and nothing already stored is at stake: a backup that fails or is skipped leaves no file and the older backups as
 * they were. Runs once; a second call does nothing.
 */
final class ClosingWork {
    private static final Logger LOG = LoggerFactory.getLogger(ClosingWork.class);

    /** What the window says Jalin is doing. */
    enum Step { BACKING_UP, CLOSING }

    /** The backup on exit: whether it is due, and taking it. */
    interface ExitBackup {
        boolean due();

        void take(Progress progress) throws Exception;
    }

    /** How the backup on exit went; the failure is null unless it failed. */
    record Outcome(boolean backedUp, boolean skipped, Throwable failure) {
        boolean failed() {
            return failure != null;
        }
    }

    private final AutoCloseable workers;
    private final ExitBackup backup;
    private final List<AutoCloseable> closers;
    private final AtomicBoolean started = new AtomicBoolean();

    /** {@code closers} are closed in this order after the backup, each whatever the others did. */
    ClosingWork(AutoCloseable workers, ExitBackup backup, List<AutoCloseable> closers) {
        this.workers = workers;
        this.backup = backup;
        this.closers = List.copyOf(closers);
    }

    /** The app's own: its data care's backup on exit, then its workers, index and database. */
    static ClosingWork of(AppContext context) {
        return new ClosingWork(context.executor()::close, new ExitBackup() {
            @Override
            public boolean due() {
                return context.dataCare().backupOnExitDue();
            }

            @Override
            public void take(Progress progress) throws Exception {
                context.dataCare().backupOnExit(progress);
            }
        }, List.of(context.catalogue().index()::close, context.database()::close));
    }

    /** Whether {@link #run} was called already. */
    boolean started() {
        return started.get();
    }

    /**
     * Takes the backup if it is due (a Cancel through {@code progress} skips it) and closes everything, telling
     * {@code onStep} what it is doing. Never throws: a failed backup is in the outcome, a failed close is logged.
     */
    Outcome run(Progress progress, Consumer<Step> onStep) {
        if (!started.compareAndSet(false, true)) {
            return new Outcome(false, false, null);
        }
        close(workers);
        Outcome outcome = new Outcome(false, false, null);
        if (backup.due()) {
            onStep.accept(Step.BACKING_UP);
            outcome = backUp(progress);
        }
        onStep.accept(Step.CLOSING);
        closers.forEach(ClosingWork::close);
        return outcome;
    }

    private static void close(AutoCloseable closer) {
        try {
            closer.close();
        } catch (Exception e) {
            LOG.error("Closing at exit failed; what was stored is kept", e);
        }
    }

    private Outcome backUp(Progress progress) {
        try {
            backup.take(progress);
            return new Outcome(true, false, null);
        } catch (CancelledException skipped) {
            LOG.info("The backup on exit was skipped");
            return new Outcome(false, true, null);
        } catch (Exception e) {
            LOG.error("The automatic backup on exit failed", e);
            return new Outcome(false, false, e);
        }
    }
}
