package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.Arrival;
import id.jalin.crossservice.domain.ArrivalCount;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.FeeIncome;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.kernel.export.TableData;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.member.domain.Library;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Visits per host and home library per month, no-shows, card fee income, and the visit log for export. */
public final class VisitReportsViewModel {
    /** The report tables for one period, read together in the background. */
    record Report(List<ArrivalCount> byHost, List<ArrivalCount> byHome, List<VisitAnnouncement> noShows,
                  List<FeeIncome> fees, List<Arrival> log, Map<Long, CardHolder> holders) {
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
    }

    public void reload() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null || end.isBefore(start)) {
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> {
                    List<Arrival> log = services.visits().arrivals(start, end);
                    List<VisitAnnouncement> missed = services.visits().noShows(start, end);
                    Map<Long, CardHolder> holders = new java.util.HashMap<>();
                    for (Long id : java.util.stream.Stream.concat(log.stream().map(Arrival::holderId),
                            missed.stream().map(VisitAnnouncement::holderId)).filter(java.util.Objects::nonNull)
                            .collect(Collectors.toSet())) {
                        services.holders().holder(id).ifPresent(h -> holders.put(id, h));
                    }
                    return new Report(services.visits().arrivalsByHost(start, end),
                            services.visits().arrivalsByHome(start, end), missed,
                            services.cards().feeIncome(start, end), log, holders);
                })
                .onSuccess(result -> {
                    report = result;
                    byHost.setAll(result.byHost());
                    byHome.setAll(result.byHome());
                    noShows.setAll(result.noShows());
                    fees.setAll(result.fees());
                }));
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

    /** The visit log of the period as the export writes it. */
    TableData logTable() {
        List<Arrival> log = report == null ? List.of() : report.log();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        Function<Arrival, String> name = a -> a.holderId() == null ? "" : holder(a.holderId());
        return new TableData(messages.get("visit.report.logSheet"),
                List.of(messages.get("visit.report.time"), messages.get("visit.report.host"),
                        messages.get("visit.desk.number"), messages.get("visit.desk.name"),
                        messages.get("visit.desk.verdict")),
                log.stream().map(a -> List.of(time.format(a.arrivedAt()), library(a.hostLibraryId()), a.scannedText(),
                        name.apply(a), messages.get("visit.verdictShort." + a.verdict().name()))).toList());
    }

    Messages messages() {
        return messages;
    }
}
