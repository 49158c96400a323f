package id.jalin.catalogue.search;

import id.jalin.kernel.i18n.Labels;
import java.util.List;
import java.util.Locale;

/**
 * The search index could not do what was asked, for a reason the lead's screen puts into words
 * ({@code catalogue.search.failure.<reason>}, with the index folder as {@code {0}}). A damaged index is never such a
 * failure: it is rebuilt. A cancelled update is a {@link id.jalin.kernel.task.CancelledException}, not this.
 */
public final class CatalogueIndexException extends RuntimeException {
    @Labels("catalogue.search.failure")
    public enum Failure {
        /** The index folder cannot be created or opened (no permission, a file in its place). */
        FOLDER_UNUSABLE,
        /** Writing the index failed (disk full, folder gone): the previous index is kept. */
        WRITE_FAILED,
        /** Reading the index failed during a search; the next update rebuilds it. */
        READ_FAILED,
        /** Another Jalin on this workstation is updating the same index folder. */
        IN_USE,
        /** The index was closed (the catalogue screen or the data folder went away). */
        CLOSED
    }

    private final Failure failure;
    private final transient List<Object> arguments;

    public CatalogueIndexException(Failure failure, Throwable cause, Object... arguments) {
        super(failure + " " + List.of(arguments), cause);
        this.failure = failure;
        this.arguments = List.of(arguments);
    }

    public Failure failure() {
        return failure;
    }

    /** The bundle key of the words for this failure. */
    public String messageKey() {
        return "catalogue.search.failure." + failure.name().toLowerCase(Locale.ROOT);
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
