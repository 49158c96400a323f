package id.jalin.member.ui;

import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.member.domain.DeleteOutcome;
import id.jalin.member.domain.HoldingsSummaries;
import id.jalin.member.domain.HoldingsSummary;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberFilter;
import id.jalin.member.domain.MemberReference;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/** The register's table: all members, the search that narrows them, and the actions on the selection. */
public final class MemberListViewModel {
    private final MemberService service;
    private final TaskExecutor executor;
    private final Messages messages;

    private final ObservableList<Library> all = FXCollections.observableArrayList();
    private final FilteredList<Library> filtered = new FilteredList<>(all, library -> true);
    private final SortedList<Library> sorted = new SortedList<>(filtered);
    final StringProperty searchText = new SimpleStringProperty("");
    final ObjectProperty<MemberStatus> statusFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final HoldingsSummaries holdingsSummaries;
    /** Each member's last load into the union catalogue, read with the register. */
    private final ObservableMap<Long, HoldingsSummary> holdings = FXCollections.observableHashMap();

    /** The library a member-staff login keeps, to open first; empty for forum staff and read-only logins. */
    public java.util.Optional<Long> ownLibrary() {
        return service.ownLibrary();
    }

    /** Whether to offer Add, Delete and Import: the register's own changes, for forum staff (checked again). */
    public boolean mayChangeRegister() {
        return service.mayChangeRegister();
    }

    public MemberListViewModel(MemberService service, TaskExecutor executor, Messages messages) {
        this(service, executor, messages, HoldingsSummaries.NONE);
    }

    public MemberListViewModel(MemberService service, TaskExecutor executor, Messages messages,
                               HoldingsSummaries holdingsSummaries) {
        this.holdingsSummaries = holdingsSummaries;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        searchText.addListener((obs, old, text) -> applyFilter());
        statusFilter.addListener((obs, old, status) -> applyFilter());
        filtered.addListener((javafx.collections.ListChangeListener<Library>) change -> updateSummary());
    }

    /** Reads the register again; {@code then} receives the fresh list on the FX thread. */
    public void reload(Consumer<List<Library>> then) {
        executor.execute(BackgroundTask.wrap(progress -> new Register(service.libraries(), holdingsSummaries.all()))
                .titled(messages.get("member.task.list"))
                .onSuccess(register -> {
                    // The summaries first: the rows set next are drawn with them.
                    holdings.keySet().retainAll(register.holdings().keySet());
                    holdings.putAll(register.holdings());
                    all.setAll(register.libraries());
                    updateSummary();
                    then.accept(register.libraries());
                }));
    }

    public void reload() {
        reload(libraries -> { });
    }

    /** The register as read in one background step. */
    private record Register(List<Library> libraries, java.util.Map<Long, HoldingsSummary> holdings) {
    }

    /** Each member's last load into the union catalogue, by library id (absent: not loaded yet). */
    public ObservableMap<Long, HoldingsSummary> holdings() {
        return holdings;
    }

    /** The number of records the member holds in the union catalogue, null when none were loaded. */
    Integer holdingsCount(Library library) {
        HoldingsSummary summary = library.id() == null ? null : holdings.get(library.id());
        return summary == null ? null : summary.records();
    }

    private void applyFilter() {
        MemberFilter filter = new MemberFilter(searchText.get(), statusFilter.get());
        filtered.setPredicate(filter);
    }

    private void updateSummary() {
        summary.set(messages.get("member.list.summary", filtered.size(), all.size()));
    }

    /** Replaces or adds the saved library in the table without reading everything again. */
    public void saved(Member member) {
        Library library = member.library();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(library.id())) {
                all.set(i, library);
                return;
            }
        }
        all.add(library);
    }

    public void open(Library library, Consumer<Optional<Member>> then) {
        executor.execute(BackgroundTask.wrap(progress -> service.member(library.id()))
                .titled(messages.get("member.task.open", library.code())).onSuccess(then));
    }

    /** What the screen does at each step of a delete, on the FX thread. */
    public record DeleteSteps(Predicate<Library> confirm, Runnable deleted, Consumer<List<MemberReference>> refused,
                              Runnable stale) {
    }

    /**
     * Looks first for records that point at the library, so a refusal comes before "this cannot be undone";
     * only then asks {@code confirm} and deletes, off the FX thread. The delete checks again, in case a reference
     * appeared while the question was open.
     */
    public void delete(Library library, DeleteSteps steps) {
        executor.execute(BackgroundTask.wrap(progress -> service.referencesTo(library))
                .titled(messages.get("member.task.delete", library.code()))
                .onSuccess(references -> {
                    if (!references.isEmpty()) {
                        steps.refused().accept(references);
                    } else if (steps.confirm().test(library)) {
                        deleteConfirmed(library, steps);
                    }
                }));
    }

    private void deleteConfirmed(Library library, DeleteSteps steps) {
        executor.execute(BackgroundTask.wrap(progress -> service.delete(library))
                .titled(messages.get("member.task.delete", library.code()))
                .onSuccess(outcome -> {
                    if (outcome instanceof DeleteOutcome.Refused refusal) {
                        steps.refused().accept(refusal.references());
                    } else if (outcome instanceof DeleteOutcome.Stale) {
                        reload();
                        steps.stale().run();
                    } else {
                        all.removeIf(l -> l.id().equals(library.id()));
                        steps.deleted().run();
                    }
                }));
    }

    /** The rows as the table shows them now (filtered, sorted), typed: dues as Rupiah, the join date as a date. */
    public ExportTable tableAsShown() {
        ExportTable.Builder table = ExportTable.builder(messages.get("member.list.title"))
                .column(messages.get("member.field.code"), ColumnKind.TEXT)
                .column(messages.get("member.field.name"), ColumnKind.TEXT)
                .column(messages.get("member.field.kind"), ColumnKind.TEXT)
                .column(messages.get("member.field.city"), ColumnKind.TEXT)
                .column(messages.get("member.field.status"), ColumnKind.TEXT)
                .column(messages.get("member.field.yearlyDues"), ColumnKind.RUPIAH)
                .column(messages.get("member.field.joinedOn"), ColumnKind.DATE)
                .column(messages.get("member.field.email"), ColumnKind.TEXT)
                .column(messages.get("member.field.phone"), ColumnKind.TEXT);
        for (Library l : sorted) {
            table.row(l.code(), l.name(), messages.label("member.kind", l.kind()), l.city(),
                    messages.label("member.status", l.status()), l.yearlyDues(), l.joinedOn(), l.email(), l.phone());
        }
        return table.build();
    }

    public SortedList<Library> rows() {
        return sorted;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }
}
