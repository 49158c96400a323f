package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.Decision;
import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.LineFilter;
import id.jalin.acquisition.domain.LineSort;
import id.jalin.acquisition.domain.ProposalLine;
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

/** One round's proposal lines, a page at a time from the database, by member, decision and typed text. */
final class LineListModel {
    private final JointAcquisition acquisition;
    private final PagedRows<ProposalLine, LineSort> rows;
    final ObjectProperty<Long> round = new SimpleObjectProperty<>();
    final ObjectProperty<Long> member = new SimpleObjectProperty<>();
    final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");

    LineListModel(JointAcquisition acquisition, TaskExecutor executor, Consumer<Throwable> failure) {
        this.acquisition = acquisition;
        this.rows = new PagedRows<>(executor, new PageRequest<>(0, PageRequest.DEFAULT_SIZE, LineSort.ENTERED,
                SortDirection.ASCENDING, ""), this::page, failure);
        for (var property : java.util.List.of(round, member, decision)) {
            property.addListener((obs, old, now) -> refresh());
        }
        search.addListener((obs, old, now) -> refresh());
    }

    private Page<ProposalLine> page(PageRequest<LineSort> request) {
        return acquisition.lines(new LineFilter(round.get(), member.get(),
                decision.get() == null ? Set.of() : Set.of(decision.get()), null, search.get()), request);
    }

    void refresh() {
        if (round.get() == null) {
            rows.clear();
            return;
        }
        rows.readFrom(this::page);
    }

    void reload(Runnable then) {
        rows.reload(then);
    }

    PagedRows<ProposalLine, LineSort> rows() {
        return rows;
    }
}
