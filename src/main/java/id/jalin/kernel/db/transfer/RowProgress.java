package id.jalin.kernel.db.transfer;

import id.jalin.kernel.task.Progress;

/** Rows done out of rows to do, told to the progress bar after each batch; Cancel is looked at there too. */
final class RowProgress {
    private final Progress progress;
    private final long total;
    private long done;

    RowProgress(Progress progress, long total) {
        this.progress = progress;
        this.total = Math.max(total, 1);
        progress.update(0, this.total);
    }

    void advance(long rows) {
        done += rows;
        progress.update(Math.min(done, total), total);
        progress.checkCancelled();
    }
}
