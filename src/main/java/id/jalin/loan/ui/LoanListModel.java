package id.jalin.loan.ui;

import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.PagedRows;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.LoanFilter;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanSort;
import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.LoanView;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The request list of one library's desk: which library, which of its lists, and the filters, read a page at a
 * time from the database whenever one of them changes. A coordinator may look from any member's desk, or at every
 * request of the forum.
 */
final class LoanListModel {
    private final InterlibraryLoans loans;
    private final PagedRows<LoanRequest, LoanSort> rows;
    final ObjectProperty<Long> library = new SimpleObjectProperty<>();
    final ObjectProperty<LoanView> view = new SimpleObjectProperty<>(LoanView.WAITING_ON_ME);
    final ObjectProperty<LoanState> state = new SimpleObjectProperty<>();
    final ObjectProperty<Long> partner = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");

    LoanListModel(InterlibraryLoans loans, TaskExecutor executor, Consumer<Throwable> failure) {
        this.loans = loans;
        this.rows = new PagedRows<>(executor, new PageRequest<>(0, PageRequest.DEFAULT_SIZE, LoanSort.NUMBER,
                SortDirection.DESCENDING, ""), this::page, failure);
        library.set(loans.ownLibrary().orElse(null));
        if (library.get() == null) {
            view.set(LoanView.ALL);
        }
        for (var property : java.util.List.of(library, view, state, partner, from, to)) {
            property.addListener((obs, old, now) -> refresh());
        }
        search.addListener((obs, old, now) -> refresh());
    }

    private id.jalin.kernel.paging.Page<LoanRequest> page(PageRequest<LoanSort> request) {
        return loans.page(filter(), request);
    }

    LoanFilter filter() {
        LoanView shown = library.get() == null ? (view.get() == LoanView.OVERDUE ? LoanView.OVERDUE : LoanView.ALL)
                : view.get();
        return new LoanFilter(shown, library.get(), state.get() == null ? Set.of() : Set.of(state.get()),
                partner.get(), from.get(), to.get(), search.get(), loans.today());
    }

    void refresh() {
        rows.readFrom(this::page);
    }

    void reload(Runnable then) {
        rows.reload(then);
    }

    PagedRows<LoanRequest, LoanSort> rows() {
        return rows;
    }
}
