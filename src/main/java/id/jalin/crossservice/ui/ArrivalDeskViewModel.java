package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.DeskVerdict;
import id.jalin.crossservice.domain.HostRule;
import id.jalin.crossservice.domain.Photo;
import id.jalin.crossservice.domain.UnannouncedPolicy;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.crossservice.domain.VisitService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.member.domain.Library;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The arrival desk at a host library: a scan (a scanner types the number and Enter) is checked, logged and shown;
 * the field is then ready for the next card at once. Also lists today's expected visitors.
 */
public final class ArrivalDeskViewModel {
    /** One line of today's desk log, as shown under the verdict. */
    public record LoggedScan(LocalDateTime at, String scanned, String holderName,
                             id.jalin.crossservice.domain.Verdict verdict) {
    }

    /** What the desk shows after a scan: the verdict, and the holder's photo if the card was found. */
    public record Shown(DeskVerdict verdict, byte[] photo) {
    }

    private final VisitService visits;
    private final CardHolderService holders;
    private final TaskExecutor executor;
    private final Messages messages;

    final ObservableList<Library> hosts = FXCollections.observableArrayList();
    final ObjectProperty<Library> host = new SimpleObjectProperty<>();
    /** Whether the person signed in keeps this host's desk: scans there and sets its rule (forum or its own staff). */
    final javafx.beans.binding.BooleanBinding mayKeepDesk;
    final ObjectProperty<UnannouncedPolicy> policy = new SimpleObjectProperty<>(UnannouncedPolicy.ALLOW_AND_LOG);
    final StringProperty scanText = new SimpleStringProperty("");
    final ObservableList<LoggedScan> log = FXCollections.observableArrayList();
    final ObservableList<VisitAnnouncement> expected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final Map<Long, String> holderNames = new java.util.concurrent.ConcurrentHashMap<>();
    private HostRule rule;

    private final Settings settings;

    public ArrivalDeskViewModel(VisitService visits, CardHolderService holders, TaskExecutor executor, Messages messages,
                                Settings settings) {
        this.settings = settings;
        this.visits = visits;
        this.mayKeepDesk = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> host.get() != null && visits.mayKeepDeskOf(host.get().id()), host);
        this.holders = holders;
        this.executor = executor;
        this.messages = messages;
        host.addListener((obs, old, now) -> hostChanged(now));
    }

    public void setHosts(List<Library> libraries) {
        hosts.setAll(libraries);
        if (host.get() == null && !libraries.isEmpty()) {
            String remembered = settings.get(Setting.DESK_HOST_LIBRARY);
            // Otherwise the first desk this person keeps (a library's staff: their own), else the first library.
            host.set(libraries.stream().filter(l -> l.code().equals(remembered)).findFirst()
                    .or(() -> libraries.stream().filter(l -> visits.mayKeepDeskOf(l.id())).findFirst())
                    .orElse(libraries.get(0)));
        }
    }

    private void hostChanged(Library now) {
        log.clear();
        shown.set(null);
        if (now == null) {
            return;
        }
        settings.put(Setting.DESK_HOST_LIBRARY, now.code());
        settings.flush();
        refresh();
    }

    /**
     * Reads the host's rule, today's expected visitors and today's arrivals from the database: after the host
     * changed, when the desk is shown again, and when a visit was announced or withdrawn.
     */
    public void refresh() {
        Library current = host.get();
        if (current == null) {
            return;
        }
        long hostId = current.id();
        executor.execute(BackgroundTask.wrap(progress -> {
                    HostRule hostRule = visits.hostRule(hostId);
                    List<VisitAnnouncement> today = visits.announcementsAt(hostId, visits.today(), visits.today());
                    List<id.jalin.crossservice.domain.Arrival> arrived = visits.arrivals(visits.today(), visits.today())
                            .stream().filter(a -> a.hostLibraryId() == hostId)
                            .sorted(java.util.Comparator.comparing(id.jalin.crossservice.domain.Arrival::arrivedAt)
                                    .reversed())
                            .toList();
                    // Everyone named on the panel and in the log, read in one query.
                    java.util.Set<Long> ids = new java.util.HashSet<>();
                    today.forEach(a -> ids.add(a.holderId()));
                    arrived.stream().map(id.jalin.crossservice.domain.Arrival::holderId)
                            .filter(java.util.Objects::nonNull).forEach(ids::add);
                    java.util.Map<Long, id.jalin.crossservice.domain.CardHolder> named = holders.holders(ids);
                    named.values().forEach(h -> holderNames.put(h.id(), h.name() + " (" + h.number() + ")"));
                    List<LoggedScan> arrivals = arrived.stream()
                            .map(a -> new LoggedScan(a.arrivedAt(), a.scannedText(), a.holderId() == null
                                    || !named.containsKey(a.holderId()) ? "" : named.get(a.holderId()).name(),
                                    a.verdict()))
                            .toList();
                    return new HostState(hostRule, today, arrivals);
                })
                .titled(messages.get("desk.task.host", current.name()))
                .onSuccess(state -> {
                    if (host.get() == null || host.get().id() != hostId) {
                        return;
                    }
                    rule = state.rule();
                    policy.set(state.rule().unannounced());
                    expected.setAll(state.expected());
                    log.setAll(state.arrivals());
                }));
    }

    private record HostState(HostRule rule, List<VisitAnnouncement> expected, List<LoggedScan> arrivals) {
    }

    /** Changes what this host does with valid but unannounced cards; stored at once. */
    public void changePolicy(UnannouncedPolicy chosen) {
        if (rule == null || chosen == null || chosen == rule.unannounced()) {
            return;
        }
        HostRule current = rule;
        executor.execute(BackgroundTask.wrap(progress -> visits.setHostRule(current, chosen))
                .titled(messages.get("desk.task.hostRule"))
                .onSuccess(saved -> {
                    rule = saved;
                    policy.set(saved.unannounced());
                }));
    }

    /** Checks and logs what was scanned or typed, and clears the field for the next card. */
    public void scan() {
        String text = scanText.get() == null ? "" : scanText.get().strip();
        scanText.set("");
        Library current = host.get();
        if (text.isEmpty() || current == null) {
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> {
                    DeskVerdict verdict = visits.recordArrival(text, current.id());
                    byte[] photo = verdict.holderIfKnown().flatMap(h -> holders.photo(h.id())).map(Photo::content)
                            .orElse(null);
                    return new Shown(verdict, photo);
                })
                // The field is already empty for the next card, so the dialog names the card that was lost.
                .titled(messages.get("desk.task.scan", text))
                .onSuccess(result -> {
                    shown.set(result);
                    String name = result.verdict().holderIfKnown().map(h -> h.name()).orElse("");
                    log.add(0, new LoggedScan(LocalDateTime.now(), text, name, result.verdict().verdict()));
                }));
    }

    public String expectedName(VisitAnnouncement announcement) {
        return holderNames.getOrDefault(announcement.holderId(), "#" + announcement.holderId());
    }

    public Optional<String> libraryName(long libraryId) {
        return hosts.stream().filter(l -> l.id() == libraryId).map(Library::name).findFirst();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }

}
