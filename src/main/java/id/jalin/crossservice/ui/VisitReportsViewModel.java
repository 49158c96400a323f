package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.ArrivalCount;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.FeeIncome;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.crossservice.domain.VisitLogEntry;
import id.jalin.crossservice.domain.VisitLogFilter;
import id.jalin.crossservice.domain.VisitLogSort;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.ui.PagedRows;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.member.domain.Library;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Visits per host and home library per month, no-shows, card fee income, and the visit log for export. */
public final class VisitReportsViewModel {
    /** The report tables for one period, read together in the background. */
    record Report(List<ArrivalCount> byHost, List<ArrivalCount> byHome, List<VisitAnnouncement> noShows,
                  List<FeeIncome> fees, Map<Long, CardHolder> holders) {
    }

    private final CrossServices services;
    private final TaskExecutor executor;
    private final Messages messages;
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObservableList<ArrivalCount> byHost = FXCollections.observableArrayList();
    final ObservableList<ArrivalCount> byHome = FXCollections.observableArrayList();
    final ObservableList<VisitAnnouncement> noShows = FXCollections.observableArrayList();
    final ObservableList<FeeIncome> fees = FXCollections.observableArrayList();
    final ObservableList<Library> libraries = FXCollections.observableArrayList();
    /** The visit log's host library; null shows every host. */
    final ObjectProperty<Library> logHost = new SimpleObjectProperty<>();
    /** The visit log's search as it goes to the database; the view feeds it once typing pauses. */
    final StringProperty logSearch = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    private final PagedRows<VisitLogEntry, VisitLogSort> log;
    private Report report;

    public VisitReportsViewModel(CrossServices services, TaskExecutor executor, Messages messages) {
        this.services = services;
        this.executor = executor;
        this.messages = messages;
        LocalDate today = services.visits().today();
        from.set(today.withDayOfMonth(1).minusMonths(2));
        to.set(today);
        // A changed period shows at once; no need to press "show".
        from.addListener((obs, old, now) -> reload());
        to.addListener((obs, old, now) -> reload());
        // newest first: what happened today is what a desk supervisor looks for
        log = new PagedRows<>(executor, new PageRequest<>(0, PageRequest.DEFAULT_SIZE, VisitLogSort.TIME,
                SortDirection.DESCENDING, ""), null, this::failed);
        logSearch.addListener((obs, old, text) -> log.filter(text));
        logHost.addListener((obs, old, host) -> readLog());
        log.pageProperty().addListener((obs, old, page) -> error.set(""));
    }

    private void failed(Throwable failure) {
        error.set(messages.get("visit.report.loadFailed", new FailureExplainer(messages).reason(failure)));
    }

    /** The filter of the log besides the typed search, or null while the period is not valid. */
    VisitLogFilter logFilter() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        return new VisitLogFilter(start, end, logHost.get() == null ? null : logHost.get().id());
    }

    private void readLog() {
        VisitLogFilter filter = logFilter();
        if (filter == null) {
            log.clear();
        } else {
            List<Long> hostsByCode = libraries.stream().sorted(java.util.Comparator.comparing(Library::code))
                    .map(Library::id).toList();
            log.readFrom(request -> services.visits().visitLog(filter, request, hostsByCode));
        }
    }

    PagedRows<VisitLogEntry, VisitLogSort> log() {
        return log;
    }

    public void reload() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null || end.isBefore(start)) {
            return;
        }
        readLog();
        executor.execute(BackgroundTask.wrap(progress -> {
                    List<VisitAnnouncement> missed = services.visits().noShows(start, end);
                    Map<Long, CardHolder> holders = services.holders().holders(
                            missed.stream().map(VisitAnnouncement::holderId).distinct().toList());
                    return new Report(services.visits().arrivalsByHost(start, end),
                            services.visits().arrivalsByHome(start, end), missed,
                            services.cards().feeIncome(start, end), holders);
                })
                .onSuccess(result -> {
                    report = result;
                    byHost.setAll(result.byHost());
                    byHome.setAll(result.byHome());
                    noShows.setAll(result.noShows());
                    fees.setAll(result.fees());
                })
                .onFailure(this::failed));
    }

    String library(long id) {
        // The code first: every name starts with "Perpustakaan", and narrow report columns would show only that.
        return libraries.stream().filter(l -> l.id() == id).map(l -> l.code() + " \u2013 " + l.name()).findFirst()
                .orElse("#" + id);
    }

    String holder(long id) {
        CardHolder holder = report == null ? null : report.holders().get(id);
        return holder == null ? "#" + id : holder.name() + " (" + holder.number() + ")";
    }

    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", messages.language().locale()).format(month);
    }

    /**
     * The visit log as the export writes it: the whole period with the chosen host and search, not only the page
     * on screen, read in one query with the holders' names; the arrival a date and time, the rest text. Call off the
     * FX thread.
     */
    ExportTable logTable(VisitLogFilter filter, String search) {
        ExportTable.Builder table = ExportTable.builder(messages.get("visit.report.logSheet"))
                .column(messages.get("visit.report.time"), ColumnKind.DATE_TIME)
                .column(messages.get("visit.report.host"), ColumnKind.TEXT)
                .column(messages.get("visit.desk.number"), ColumnKind.TEXT)
                .column(messages.get("visit.desk.name"), ColumnKind.TEXT)
                .column(messages.get("visit.desk.verdict"), ColumnKind.TEXT);
        services.visits().eachVisit(filter, search, e -> table.row(e.arrival().arrivedAt(),
                library(e.arrival().hostLibraryId()), e.arrival().scannedText(), holderText(e),
                messages.label("visit.verdictShort", e.arrival().verdict())));
        return table.build();
    }

    static String holderText(VisitLogEntry entry) {
        return entry.hasHolder() ? entry.holderName() + " (" + entry.holderNumber() + ")" : "";
    }

    Messages messages() {
        return messages;
    }
}
