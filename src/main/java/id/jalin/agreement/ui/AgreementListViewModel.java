package id.jalin.agreement.ui;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementKind;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.AgreementStatus;
import id.jalin.agreement.domain.AgreementSummary;
import id.jalin.agreement.domain.SinclairType;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/** The agreement list with its filters: text, status, kind, Sinclair type, year and party. */
public final class AgreementListViewModel {
    private final AgreementService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<AgreementSummary> all = FXCollections.observableArrayList();
    private final FilteredList<AgreementSummary> filtered = new FilteredList<>(all, s -> true);
    private final SortedList<AgreementSummary> sorted = new SortedList<>(filtered);
    final StringProperty searchText = new SimpleStringProperty("");
    final ObjectProperty<AgreementStatus> statusFilter = new SimpleObjectProperty<>();
    final ObjectProperty<AgreementKind> kindFilter = new SimpleObjectProperty<>();
    final ObjectProperty<SinclairType> typeFilter = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    final ObjectProperty<String> partyFilter = new SimpleObjectProperty<>();
    final ObservableList<Integer> years = FXCollections.observableArrayList();
    final ObservableList<String> partyNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public AgreementListViewModel(AgreementService service, TaskExecutor executor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        List<javafx.beans.Observable> filters = List.of(searchText, statusFilter, kindFilter, typeFilter, yearFilter,
                partyFilter);
        filters.forEach(filter -> filter.addListener(observable -> applyFilter()));
        filtered.addListener((javafx.collections.ListChangeListener<AgreementSummary>) change -> updateSummary());
    }

    public void reload() {
        reload(list -> { });
    }

    public void reload(Consumer<List<AgreementSummary>> then) {
        executor.execute(BackgroundTask.wrap(progress -> service.summaries())
                .titled(messages.get("agreement.task.list")).onSuccess(list -> {
            all.setAll(list);
            years.setAll(new TreeSet<>(list.stream().map(AgreementSummary::year).toList()).descendingSet());
            partyNames.setAll(new TreeSet<>(list.stream().flatMap(s -> s.partyNames().stream()).toList()));
            updateSummary();
            then.accept(list);
        }));
    }

    private void applyFilter() {
        String text = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(s -> (statusFilter.get() == null || s.status() == statusFilter.get())
                && (kindFilter.get() == null || s.kind() == kindFilter.get())
                && (typeFilter.get() == null || s.type() == typeFilter.get())
                && (yearFilter.get() == null || s.year() == yearFilter.get())
                && (partyFilter.get() == null || s.partyNames().contains(partyFilter.get()))
                && (text.isEmpty() || matches(s, text)));
    }

    private static boolean matches(AgreementSummary s, String text) {
        return s.number().toLowerCase(Locale.ROOT).contains(text)
                || s.titleId().toLowerCase(Locale.ROOT).contains(text)
                || s.titleEn().toLowerCase(Locale.ROOT).contains(text)
                || s.partyNames().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(text));
    }

    private void updateSummary() {
        summary.set(messages.get("agreement.list.summary", filtered.size(), all.size()));
    }

    public void open(long id, Consumer<Optional<Agreement>> then) {
        executor.execute(BackgroundTask.wrap(progress -> service.agreement(id))
                .titled(messages.get("agreement.task.open")).onSuccess(then));
    }

    public SortedList<AgreementSummary> rows() {
        return sorted;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
