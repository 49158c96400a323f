package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundFilter;
import id.jalin.acquisition.domain.RoundSort;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.PagedRows;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The rounds, a page at a time from the database, by status and typed name; the latest deadline first. */
final class RoundListModel {
    private final JointAcquisition acquisition;
    private final PagedRows<PurchaseRound, RoundSort> rows;
    final ObjectProperty<RoundStatus> status = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");

    RoundListModel(JointAcquisition acquisition, TaskExecutor executor, Consumer<Throwable> failure) {
        this.acquisition = acquisition;
        this.rows = new PagedRows<>(executor, new PageRequest<>(0, PageRequest.DEFAULT_SIZE, RoundSort.DEADLINE,
                SortDirection.DESCENDING, ""), this::page, failure);
        status.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> refresh());
    }

    private Page<PurchaseRound> page(PageRequest<RoundSort> request) {
        return acquisition.rounds(new RoundFilter(status.get() == null ? Set.of() : Set.of(status.get()), null,
                search.get()), request);
    }

    void refresh() {
        rows.readFrom(this::page);
    }

    void reload(Runnable then) {
        rows.reload(then);
    }

    PagedRows<PurchaseRound, RoundSort> rows() {
        return rows;
    }
}
