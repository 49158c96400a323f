package id.jalin.training.domain;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Where events, sessions, registrations, attendance and certificates are kept. The writes that depend on the seats
 * take the event's row lock and hand the locked {@link EventState} to a rule, which returns what to store or throws
 * {@link TrainingRefusal}; so two desks registering at once never overfill an event. Writes on a record read at a
 * version throw {@link id.jalin.kernel.concurrency.StaleRecordException} or
 * {@link id.jalin.kernel.concurrency.RecordGoneException}.
 */
public interface TrainingRepository {
    TrainingEvent insertEvent(TrainingEvent event);

    /**
     * Stores an event read at {@code event.version()}; {@code rule} sees the event as stored with its sessions and
     * registrations, and returns the waiting registrations to move up (a raised capacity), or throws.
     */
    TrainingEvent updateEvent(TrainingEvent event, Function<EventState, List<Registration>> rule);

    Optional<TrainingEvent> event(long id);

    Page<EventListing> events(EventFilter filter, PageRequest<EventSort> request);

    /** Events overlapping {@code from}..{@code to}, with their sessions, by first day. */
    List<EventDetail> eventsBetween(LocalDate from, LocalDate to);

    TrainingSession insertSession(TrainingSession session);

    TrainingSession updateSession(TrainingSession session);

    void deleteSession(TrainingSession session);

    Optional<TrainingSession> session(long id);

    /** The event's sessions by day and start time. */
    List<TrainingSession> sessions(long eventId);

    /**
     * Stores a new registration as {@code place} decides it under the event's lock (its status, or a refusal), and
     * gives it its badge code.
     */
    Registration register(Registration draft, Function<EventState, Registration> place);

    /** Stores several new registrations under one lock, each placed in turn; a refused one is left out. */
    List<Placement> registerAll(long eventId, List<Registration> drafts,
                                BiFunction<Registration, EventState, Registration> place);

    /**
     * Stores a registration read at {@code changed.version()} and moves up whoever {@code rule} names from the
     * waiting list, in one transaction under the event's lock.
     */
    Cancellation updateRegistration(Registration changed, Function<EventState, List<Registration>> rule);

    Optional<Registration> registration(long id);

    /** Every registration of the event, in the order made (the waiting list's order). */
    List<Registration> registrations(long eventId);

    Optional<Registration> registrationByBadge(String badgeCode);

    /** The event's registrations carrying this forum card number. */
    List<Registration> registrationsByCard(long eventId, String cardNumber);

    /** Every registration naming the member library, newest event first. */
    List<Registration> registrationsOfMember(long memberId);

    /** Ticks or unticks; whether anything changed. */
    boolean mark(long sessionId, Registration registration, boolean attended, String recordedBy,
                 LocalDateTime recordedAt);

    /** Every tick on the event's sessions. */
    Set<AttendanceMark> marks(long eventId);

    /** Every tick of these registrations. */
    Set<AttendanceMark> marksOf(List<Long> registrationIds);

    /**
     * The registration's certificate: the one it was given, or a new one numbered with the next of {@code date}'s
     * year under the counter's lock, formatted by {@code numbering}.
     */
    Certificate certify(Registration registration, LocalDate date, IntFunction<String> numbering, String issuedBy);

    Optional<Certificate> certificate(String number);

    /** Certificates of these registrations. */
    List<Certificate> certificatesOf(List<Long> registrationIds);

    /** This database's stable identifier, part of every calendar UID. */
    String databaseId();

    /** One draft of {@link #registerAll}: stored, or refused with the reasons. */
    record Placement(Registration stored, TrainingRefusal refusal) {
    }
}
