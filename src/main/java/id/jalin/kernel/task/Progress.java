package id.jalin.kernel.task;

/** What long work reports while it runs, and how it learns that the user pressed Cancel. */
public interface Progress {
    void update(long done, long total);

    boolean isCancelled();

    /** Stops the work by throwing when the user has pressed Cancel; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
