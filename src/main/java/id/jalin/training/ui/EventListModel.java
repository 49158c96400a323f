package id.jalin.training.ui;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.PagedRows;
import id.jalin.training.domain.EventFilter;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.EventListing;
import id.jalin.training.domain.EventSort;
import id.jalin.training.domain.EventStatus;
import id.jalin.training.domain.TrainingService;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The events, a page at a time from the database, by kind, status and typed title; the latest first. */
final class EventListModel {
    private final TrainingService training;
    private final PagedRows<EventListing, EventSort> rows;
    final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");

    EventListModel(TrainingService training, TaskExecutor executor, Consumer<Throwable> failure) {
        this.training = training;
        this.rows = new PagedRows<>(executor, new PageRequest<>(0, PageRequest.DEFAULT_SIZE, EventSort.STARTS,
                SortDirection.DESCENDING, ""), this::page, failure);
        kind.addListener((obs, old, now) -> refresh());
        status.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> refresh());
    }

    private Page<EventListing> page(PageRequest<EventSort> request) {
        return training.events(new EventFilter(kind.get() == null ? Set.of() : Set.of(kind.get()),
                status.get() == null ? Set.of() : Set.of(status.get()), null, null, null, search.get()), request);
    }

    void refresh() {
        rows.readFrom(this::page);
    }

    void reload(Runnable then) {
        rows.reload(then);
    }

    PagedRows<EventListing, EventSort> rows() {
        return rows;
    }
}
