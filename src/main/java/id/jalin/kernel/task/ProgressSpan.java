package id.jalin.kernel.task;

/**
 * One stretch of a progress bar for one phase of longer work, so that reading, merging and saving fill one bar from
 * left to right instead of each starting it over. Cancel is the whole work's. The bar runs from 0 to {@link #WHOLE}.
 */
public record ProgressSpan(Progress whole, long from, long to) implements Progress {
    public static final long WHOLE = 1000;

    @Override
    public void update(long done, long total) {
        long share = total <= 0 ? 0 : (to - from) * Math.min(done, total) / total;
        whole.update(from + share, WHOLE);
    }

    @Override
    public boolean isCancelled() {
        return whole.isCancelled();
    }
}
