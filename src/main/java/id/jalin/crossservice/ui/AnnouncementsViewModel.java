package id.jalin.crossservice.ui;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardNumberText;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.crossservice.print.IntroductionLetter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.pdf.LetterheadData;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Visit announcements at a host library over a period, and the introduction letter for one of them. */
public final class AnnouncementsViewModel {
    /**
     * One announcement with the names the table shows; {@code mayChange} says whether the person signed in may
     * withdraw it or print its letter (their own library's holder, or forum staff).
     */
    public record Row(VisitAnnouncement announcement, String holderName, String holderNumber, String homeLibrary,
                      boolean mayChange) {
    }

    private final CrossServices services;
    private final MemberService members;
    private final TaskExecutor executor;
    private final Messages messages;

    final ObservableList<Library> libraries = FXCollections.observableArrayList();
    final ObjectProperty<Library> host = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Map<Long, CardHolder> holderCache = new ConcurrentHashMap<>();
    /** Told after an announcement was stored or withdrawn, so the desk's expected visitors follow at once. */
    private Runnable changed = () -> { };

    public AnnouncementsViewModel(CrossServices services, MemberService members, TaskExecutor executor, Messages messages) {
        this.services = services;
        this.members = members;
        this.executor = executor;
        this.messages = messages;
        LocalDate today = services.visits().today();
        from.set(today);
        to.set(today.plusDays(14));
        host.addListener((obs, old, now) -> reload());
        from.addListener((obs, old, now) -> reload());
        to.addListener((obs, old, now) -> reload());
    }

    public void onChanged(Runnable listener) {
        this.changed = listener;
    }

    public void setLibraries(List<Library> list) {
        libraries.setAll(list);
        if (host.get() == null && !list.isEmpty()) {
            host.set(list.get(0));
        }
    }

    public void reload() {
        Library current = host.get();
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (current == null || start == null || end == null) {
            rows.clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> {
                    List<Row> result = new ArrayList<>();
                    List<VisitAnnouncement> found = services.visits().announcementsAt(current.id(), start, end);
                    // one query for the holders not yet known, not one per announcement
                    List<Long> unknown = found.stream().map(VisitAnnouncement::holderId)
                            .filter(id -> !holderCache.containsKey(id)).distinct().toList();
                    holderCache.putAll(services.holders().holders(unknown));
                    for (VisitAnnouncement a : found) {
                        CardHolder holder = holderCache.get(a.holderId());
                        result.add(new Row(a, holder == null ? "" : holder.name(), holder == null ? "" : holder.number(),
                                holder == null ? "" : libraryName(holder.homeLibraryId()),
                                holder != null && services.visits().mayAnnounceFor(holder.homeLibraryId())));
                    }
                    result.sort(Comparator.comparing((Row r) -> r.announcement().from()).thenComparing(Row::holderName));
                    return result;
                })
                .titled(messages.get("visit.task.load"))
                .onSuccess(rows::setAll));
    }

    /** Whether this person announces visits at all: a read-only login is not offered it. */
    boolean mayAnnounceAtAll() {
        return services.holders().mayChangeSomeHolders();
    }

    /** Whether this home library's holders may be announced by the person signed in. */
    boolean mayAnnounceFor(Library home) {
        return services.visits().mayAnnounceFor(home.id());
    }

    /** Whether any library's holders could be announced to {@code hostLibrary} by the person signed in. */
    boolean mayAnnounceAt(Library hostLibrary) {
        return hostLibrary != null && libraries.stream()
                .anyMatch(l -> !l.id().equals(hostLibrary.id()) && mayAnnounceFor(l));
    }

    String libraryName(long id) {
        return libraries.stream().filter(l -> l.id() == id).map(Library::name).findFirst().orElse("");
    }

    /**
     * The holders of a home library the announce dialog offers, delivered on the FX thread: only those with a card
     * valid today, since a revoked or expired card is turned away at the desk.
     */
    public void holdersOf(Library home, Consumer<List<CardHolder>> then) {
        executor.execute(BackgroundTask.wrap(progress -> services.visits().announceableHolders(home.id())).titled(messages.get("visit.task.holders"))
                .onSuccess(then));
    }

    /** Stores an announcement; {@code result} hears the validation on the FX thread. */
    public void announce(VisitAnnouncement announcement, Consumer<Validation> result) {
        executor.execute(BackgroundTask.wrap(progress -> services.visits().announce(announcement))
                .titled(messages.get("visit.task.announce"))
                .onSuccess(outcome -> {
                    if (outcome instanceof SaveResult.Invalid<VisitAnnouncement> invalid) {
                        result.accept(invalid.validation());
                    } else if (outcome instanceof SaveResult.Conflict conflict) {
                        // The dialog stays open with the typing; the list shows how things stand now.
                        reload();
                        result.accept(Validation.builder().error("form", conflict.deleted()
                                ? "failure.reason.record_deleted" : "failure.reason.record_changed").build());
                    } else {
                        reload();
                        changed.run();
                        result.accept(Validation.ok());
                    }
                }));
    }

    public void withdraw(Row row) {
        executor.execute(BackgroundTask.wrap(progress -> {
            services.visits().withdraw(row.announcement());
            return true;
        }).titled(messages.get("visit.task.withdraw")).onSuccess(done -> {
            reload();
            changed.run();
        }));
    }

    /**
     * Builds the introduction letter for a row: from the holder's home library, signed by its contact person, with
     * its number (given at the first print and stored, so a reprint repeats it). Touches the database.
     */
    IntroductionLetter letterFor(Row row, ForumProfile forum) {
        VisitAnnouncement a = row.announcement();
        CardHolder holder = services.holders().holder(a.holderId()).orElseThrow();
        Member home = members.member(holder.homeLibraryId()).orElseThrow();
        Library homeLibrary = home.library();
        StaffMember signatory = home.staff().stream().filter(s -> s.role() == ForumRole.CONTACT_PERSON).findFirst()
                .or(() -> home.staff().stream().findFirst()).orElse(null);
        String card = services.cards().cardsOf(holder.id()).stream()
                .filter(c -> services.cards().status(c) == id.jalin.crossservice.domain.CardStatus.ACTIVE)
                .max(Comparator.comparing(Card::issuedOn)).map(c -> CardNumberText.of(c.number())).orElse("");
        List<String> address = new ArrayList<>();
        if (!homeLibrary.address().isBlank() || !homeLibrary.city().isBlank()) {
            address.add(String.join(", ", List.of(homeLibrary.address(), homeLibrary.city()).stream()
                    .filter(s -> !s.isBlank()).toList()));
        }
        String contacts = String.join(" \u2022 ", List.of(homeLibrary.phone(), homeLibrary.email()).stream()
                .filter(s -> !s.isBlank()).toList());
        if (!contacts.isBlank()) {
            address.add(contacts);
        }
        String number = services.visits().introductionLetterNumber(a, forum.code());
        return new IntroductionLetter(new LetterheadData(homeLibrary.name(), address, null), number,
                homeLibrary.city(), services.visits().today(), homeLibrary.name(), libraryName(a.hostLibraryId()),
                holder.name(), card, holder.programme(), a.from(), a.to(), a.purpose(), "", forum.name(),
                signatory == null ? "" : signatory.name(), signatory == null ? "" : signatory.position());
    }

    Messages messages() {
        return messages;
    }
}
