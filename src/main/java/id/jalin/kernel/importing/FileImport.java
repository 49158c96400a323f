package id.jalin.kernel.importing;

import id.jalin.kernel.task.Progress;
import id.jalin.kernel.task.ProgressSpan;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reading and storing in one go, filling one progress bar: reading takes the first {@value #READ_SHARE} per mille,
 * storing the rest. Either phase stops on Cancel, and nothing is stored unless the applier's transaction completes.
 */
public record FileImport<T, R>(ImportReader<T> reader, ImportApplier<T, R> applier) {
    /** The part of {@link ProgressSpan#WHOLE} that reading takes; storing takes the rest. */
    public static final long READ_SHARE = 400;

    public R importFile(InputStream in, Progress progress) throws IOException, ImportRefusedException {
        ImportPlan<T> plan = reader.read(in, new ProgressSpan(progress, 0, READ_SHARE));
        R report = applier.apply(plan, new ProgressSpan(progress, READ_SHARE, ProgressSpan.WHOLE));
        progress.update(ProgressSpan.WHOLE, ProgressSpan.WHOLE);
        return report;
    }
}
