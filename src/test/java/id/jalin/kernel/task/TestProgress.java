package id.jalin.kernel.task;

/** Progress as tests need it: one whose Cancel has already been pressed. */
public final class TestProgress {
    /** Reports nowhere and says Cancel was pressed, so long work stops at its first check. */
    public static final Progress CANCELLED = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    private TestProgress() {
    }
}
