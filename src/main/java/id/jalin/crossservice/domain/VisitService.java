package id.jalin.crossservice.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Announcements, the arrival desk and its log, each host's rule, and the visit reports. Who may change what
 * (decision record 0016): a home library's staff announce their own holders' visits and number their letters; a
 * host library's staff keep their desk (arrivals, their rule for the unannounced); forum staff everything.
 */
public final class VisitService {
    private final CrossServiceRepository repository;
    private final Clock clock;
    private final DeskCheck desk;
    private final LibraryGuard guard;

    public VisitService(CrossServiceRepository repository, HomeLibraryStatus homeStatus, Clock clock,
                        Permissions permissions) {
        this.repository = repository;
        this.clock = clock;
        this.desk = new DeskCheck(repository, homeStatus);
        this.guard = new LibraryGuard(repository, permissions);
    }

    /** Whether to offer scanning at this host's desk and changing its rule. */
    public boolean mayKeepDeskOf(long hostLibraryId) {
        return guard.mayChange(hostLibraryId);
    }

    /** Whether to offer announcing visits of this home library's holders (and withdrawing them, printing letters). */
    public boolean mayAnnounceFor(long homeLibraryId) {
        return guard.mayChange(homeLibraryId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public HostRule hostRule(long hostLibraryId) {
        return repository.hostRule(hostLibraryId);
    }

    public HostRule setHostRule(HostRule current, UnannouncedPolicy policy) {
        guard.requireLibrary(current.libraryId(), "set a host's rule for unannounced visitors");
        return repository.saveHostRule(new HostRule(current.libraryId(), current.version(), policy));
    }

    /**
     * The holders of a home library whom an announcement may name: those with a card valid today. A holder whose
     * card expired or was revoked would only be turned away at the desk.
     */
    public List<CardHolder> announceableHolders(long homeLibraryId) {
        return repository.holdersWithCardValidOn(homeLibraryId, today());
    }

    /**
     * Stores an announcement of one of the actor's own holders. "Announced by" is the person signed in when the
     * announcement is made, never typed; a stored announcement keeps its announcer.
     */
    public SaveResult<VisitAnnouncement> announce(VisitAnnouncement given) {
        String signature = guard.requireHolder(given.holderId(), "announce a visit").signature();
        VisitAnnouncement announcement = given.id() == null || given.announcedBy().isEmpty()
                ? given.announcedBy(signature) : given;
        Optional<CardHolder> holder = repository.findHolder(announcement.holderId());
        Validation validation = holder.map(h -> VisitRules.validate(announcement, h.homeLibraryId()))
                .orElseGet(() -> Validation.builder().error("holderId", "visit.error.holder.required").build());
        // The form offers only such holders; this also catches a card revoked since the form was filled in.
        if (holder.isPresent() && announcement.id() == null && repository.cardsOf(holder.get().id()).stream()
                .noneMatch(card -> card.statusOn(today()).isValid())) {
            validation = validation.and(Validation.builder()
                    .error("holderId", "visit.error.holder.noValidCard", holder.get().name()).build());
        }
        VisitAnnouncement stamped = announcement.createdAt() == null
                ? announcement.createdAt(LocalDateTime.now(clock)) : announcement;
        return SaveResult.store(validation, () -> repository.saveAnnouncement(stamped));
    }

    /**
     * The number printed on the announcement's introduction letter: given once, at the first print, from the running
     * count of the year it is printed in, and the same on every reprint.
     */
    public String introductionLetterNumber(VisitAnnouncement announcement, String forumCode) {
        guard.requireHolder(announcement.holderId(), "number an introduction letter");
        LocalDate today = today();
        return repository.letterNumber(announcement.id(), IntroductionLetterNumber.SERIES, today.getYear(),
                sequence -> IntroductionLetterNumber.format(sequence, forumCode, today));
    }

    public void withdraw(VisitAnnouncement announcement) {
        guard.requireHolder(announcement.holderId(), "withdraw an announcement");
        repository.deleteAnnouncement(announcement.id(), announcement.version());
    }

    public List<VisitAnnouncement> announcementsAt(long hostLibraryId, LocalDate from, LocalDate to) {
        return repository.announcementsAt(hostLibraryId, from, to);
    }

    /** What the desk would say, without logging: for a preview or a re-check. */
    public DeskVerdict check(String scannedText, long hostLibraryId) {
        return desk.verdict(scannedText, hostLibraryId, today());
    }

    /** Decides on a scan and logs it, refused or not, so the host's log shows every arrival. */
    public DeskVerdict recordArrival(String scannedText, long hostLibraryId) {
        return recordArrival(scannedText, hostLibraryId, LocalDateTime.now(clock));
    }

    /** As {@link #recordArrival(String, long)} at a given moment; for demo data and tests of past weeks. */
    DeskVerdict recordArrival(String scannedText, long hostLibraryId, LocalDateTime at) {
        guard.requireLibrary(hostLibraryId, "record an arrival at the desk");
        DeskVerdict verdict = desk.verdict(scannedText, hostLibraryId, at.toLocalDate());
        repository.saveArrival(Arrival.of(verdict, hostLibraryId, at));
        return verdict;
    }

    public List<Arrival> arrivals(LocalDate from, LocalDate to) {
        return repository.arrivalsBetween(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** One page of the visit log, sorted and searched in the database. */
    public Page<VisitLogEntry> visitLog(VisitLogFilter filter, PageRequest<VisitLogSort> request,
                                        List<Long> hostsInOrder) {
        return repository.visitLog(filter, request, hostsInOrder);
    }

    /** The whole filtered visit log, row by row as it is read, for an export. */
    public void eachVisit(VisitLogFilter filter, String search, Consumer<VisitLogEntry> each) {
        repository.eachVisit(filter, search, each);
    }

    /** Arrivals per host library, month and verdict, for days {@code from} to {@code to} inclusive. */
    public List<ArrivalCount> arrivalsByHost(LocalDate from, LocalDate to) {
        return repository.arrivalsByHost(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** Arrivals per home library of the card holder, month and verdict. */
    public List<ArrivalCount> arrivalsByHome(LocalDate from, LocalDate to) {
        return repository.arrivalsByHome(from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** Announcements ending from {@code from} to {@code to} (and before today) that nobody came for. */
    public List<VisitAnnouncement> noShows(LocalDate from, LocalDate to) {
        List<VisitAnnouncement> ended = repository.announcementsEndingBetween(from, to);
        LocalDate earliest = ended.stream().map(VisitAnnouncement::from).min(LocalDate::compareTo).orElse(from);
        // only the announced holders' own scans: the period's whole log may hold hundreds of thousands
        List<Arrival> arrivals = ended.isEmpty() ? List.of() : repository.arrivalsOfHolders(
                ended.stream().map(VisitAnnouncement::holderId).distinct().toList(),
                earliest.atStartOfDay(), to.plusDays(1).atStartOfDay());
        return NoShows.among(ended, arrivals, today());
    }
}
