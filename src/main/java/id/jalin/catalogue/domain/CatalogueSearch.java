package id.jalin.catalogue.domain;

import id.jalin.kernel.task.Progress;

/**
 * The workstation's search over the union catalogue: an index kept in the local data folder and brought up to date
 * from the database (only the members whose generation moved are read again); a missing or damaged index is rebuilt.
 */
public interface CatalogueSearch extends AutoCloseable {
    /** Brings the index up to date with the feed, with progress and Cancel; a cancelled update leaves it usable. */
    void update(WorkFeed feed, Progress progress);

    CatalogueHits search(CatalogueQuery query);

    @Override
    void close();
}
