package id.jalin.cli;

import id.jalin.kernel.task.Progress;
import java.io.PrintStream;

/**
 * Long work's progress as lines on standard error, one each time another tenth is done ("Cadangan: 40%"), so a
 * log file of a nightly job stays short and standard output keeps only the result. Nobody presses Cancel here.
 */
final class ProgressPrinter implements Progress {
    private final PrintStream err;
    private final String label;
    private int lastTenth = -1;

    ProgressPrinter(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void update(long done, long total) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        int tenth = percent / 10;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println(label + ": " + tenth * 10 + "%");
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
