package id.jalin.kernel.ui;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows a paged table shows: one page at a time, read in the background from the database with the sort and
 * search the user chose. The view model of a long list owns one; {@link PagedTable} wires a table, its headers,
 * a search field and the next/previous bar to it. An answer that arrives after a newer request was made (the
 * user typed on) is dropped, so the table never flips back to an older search.
 *
 * @param <T> the row type
 * @param <S> the feature's enum of sortable columns
 */
public final class PagedRows<T, S extends Enum<S>> {
    /** Reads one page; runs off the FX thread. */
    @FunctionalInterface
    public interface Loader<T, S extends Enum<S>> {
        Page<T> load(PageRequest<S> request) throws Exception;
    }

    private final TaskExecutor executor;
    private final PageRequest<S> initial;
    private final Consumer<Throwable> failure;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PageRequest<S>> request;
    private final ReadOnlyObjectWrapper<Page<T>> page = new ReadOnlyObjectWrapper<>(Page.empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private Loader<T, S> loader;
    private long asked;

    public PagedRows(TaskExecutor executor, PageRequest<S> initial, Loader<T, S> loader, Consumer<Throwable> failure) {
        this.executor = executor;
        this.initial = initial;
        this.loader = loader;
        this.failure = failure;
        this.request = new ReadOnlyObjectWrapper<>(initial);
    }

    /** Reads from another source (another library, another period) from its first page, keeping sort and search. */
    public void readFrom(Loader<T, S> newLoader) {
        this.loader = newLoader;
        load(request.get().at(0), null);
    }

    /** Reads the current page again, after a change; {@code then} runs on the FX thread once it is shown. */
    public void reload(Runnable then) {
        load(request.get(), then);
    }

    public void next() {
        if (page.get().hasNext()) {
            load(request.get().next(), null);
        }
    }

    public void previous() {
        if (page.get().hasPrevious()) {
            load(request.get().previous(), null);
        }
    }

    /** Sorts in the database; {@code null} goes back to the list's own order. */
    public void sortBy(S sort, SortDirection direction) {
        S column = sort == null ? initial.sort() : sort;
        SortDirection way = sort == null ? initial.direction() : direction;
        PageRequest<S> current = request.get();
        if (current.sort() != column || current.direction() != way) {
            load(current.sortedBy(column, way), null);
        }
    }

    /** Searches in the database, from the first page. */
    public void filter(String text) {
        PageRequest<S> current = request.get();
        PageRequest<S> wanted = current.filteredBy(text);
        if (!wanted.filter().equals(current.filter())) {
            load(wanted, null);
        }
    }

    /** Shows nothing, e.g. while no library is chosen. */
    public void clear() {
        asked++;
        loader = null;
        rows.clear();
        page.set(Page.empty());
        loading.set(false);
    }

    private void load(PageRequest<S> wanted, Runnable then) {
        request.set(wanted);
        Loader<T, S> source = loader;
        if (source == null) {
            return;
        }
        long ticket = ++asked;
        loading.set(true);
        executor.execute(BackgroundTask.wrap(progress -> source.load(wanted))
                .onSuccess(found -> {
                    if (ticket != asked) {
                        return;
                    }
                    if (found.rows().isEmpty() && wanted.offset() > 0 && found.total() > 0) {
                        // rows went away since the last page was counted: show the last page there is now
                        long last = (found.total() - 1) / wanted.size() * wanted.size();
                        load(wanted.at((int) last), then);
                        return;
                    }
                    loading.set(false);
                    page.set(found);
                    rows.setAll(found.rows());
                    if (then != null) {
                        then.run();
                    }
                })
                .onFailure(problem -> {
                    if (ticket == asked) {
                        loading.set(false);
                        failure.accept(problem);
                    }
                }));
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Page<T>> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PageRequest<S>> requestProperty() {
        return request.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
