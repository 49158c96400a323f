package id.jalin.kernel.importing;

import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.InputStream;

/** A feature's import: reads a file into a plan, then stores the plan; what a screen's import action runs. */
public interface Importer<T, R extends ImportResult> extends ImportApplier<T, R> {
    /** Reads without storing, for showing what an import would do. */
    ImportPlan<T> read(InputStream in, Progress progress) throws IOException, ImportRefusedException;
}
