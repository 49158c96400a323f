package id.jalin.app;

import id.jalin.catalogue.domain.CatalogueSearch;
import id.jalin.catalogue.search.LuceneCatalogueSearch;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * This workstation's search index over the union catalogue, opened the first time the catalogue screen asks for it
 * (in the data folder, one index per database, so a workstation that moves to the forum's server starts a fresh
 * one) and closed when the app stops.
 */
public final class CatalogueIndexHolder implements Supplier<CatalogueSearch>, AutoCloseable {
    private final Supplier<Path> folder;
    private CatalogueSearch index;

    /** @param folder where the index lives; asked once, when the index is first opened */
    public CatalogueIndexHolder(Supplier<Path> folder) {
        this.folder = folder;
    }

    @Override
    public synchronized CatalogueSearch get() {
        if (index == null) {
            index = LuceneCatalogueSearch.open(folder.get());
        }
        return index;
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
