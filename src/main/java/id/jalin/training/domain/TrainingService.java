package id.jalin.training.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Staff training events (issue 14, decision record 0032): events and their sessions, registrations with seats, a
 * waiting list and quotas, fees, attendance per session (ticked, or scanned at the door), the attendance rule, and
 * certificates numbered once and verifiable by their number.
 *
 * <p>Who may do what (0016): the host member's staff and the forum's staff manage an event (its details, sessions,
 * status, guests, speakers and committee, fees, attendance and certificates). A member's staff may also register
 * their own library's people as participants and cancel those registrations. Reading is open to every signed-in role.
 *
 * <p>Every refusal a user can cause comes back as {@link SaveResult.Invalid} whose reasons are bundle keys
 * ({@code training.error.*}); rules checked under the event's lock are thrown there as {@link TrainingRefusal} so
 * nothing is stored half, and turned into the same result here.
 */
public final class TrainingService {
    /** The kind of letter in a certificate's number: SERT, sertifikat. */
    public static final String CERTIFICATE_SERIES = Certificates.SERIES;
    private final TrainingRepository repository;
    private final TrainingMembers members;
    private final Supplier<String> forumCode;
    private final Clock clock;
    private final Permissions permissions;
    private final Certificates certificates;

    /**
     * @param forumCode the forum's short code in the letter numbers (the forum profile's), read when a certificate is
     *                  numbered
     */
    public TrainingService(TrainingRepository repository, TrainingMembers members, Supplier<String> forumCode,
                           Clock clock, Permissions permissions) {
        this.repository = repository;
        this.members = members;
        this.forumCode = forumCode;
        this.clock = clock;
        this.permissions = permissions;
        this.certificates = new Certificates(repository, forumCode);
    }

    /** The same service on another clock: the demo data tell a past event on the days it happened. */
    public TrainingService withClock(Clock other) {
        return new TrainingService(repository, members, forumCode, other, permissions);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The library whose desk the signed-in person keeps, if they belong to one. */
    public Optional<Long> ownLibrary() {
        return permissions.actor().library();
    }

    /** Members in code order, those that left included. */
    public List<TrainingMember> members() {
        return members.all();
    }

    /** A member's staff in the register, to register from. */
    public List<TrainingStaff> staff(long memberId) {
        return members.staff(memberId);
    }

    /** Whether to offer managing the event (the service checks again). */
    public boolean mayManage(TrainingEvent event) {
        return permissions.mayChangeLibrary(event.hostId());
    }

    /** Whether to offer registering {@code memberId}'s staff as participants. */
    public boolean mayRegisterFrom(TrainingEvent event, long memberId) {
        return permissions.mayChangeLibrary(event.hostId()) || permissions.mayChangeLibrary(memberId);
    }

    // --- events ---

    /** Stores a new event, planned. */
    public SaveResult<TrainingEvent> createEvent(TrainingEvent draft) {
        permissions.requireLibrary(draft.hostId(), "create a training event");
        TrainingEvent event = new TrainingEvent(null, draft.kind(), draft.titleId(), draft.titleEn(), draft.hostId(),
                draft.venue(), draft.startsOn(), draft.endsOn(), draft.registrationDeadline(), draft.capacity(),
                draft.memberQuota(), draft.fee(), draft.feeCovers(), draft.contactName(), draft.contactPhone(),
                draft.contactEmail(), draft.attendancePercent(), EventStatus.PLANNED, 0);
        Validation validation = TrainingRules.event(event, register());
        if (validation.isValid()) {
            validation = validation.and(activeHost(event.hostId()));
        }
        return SaveResult.store(validation, () -> repository.insertEvent(event));
    }

    /**
     * Stores changes to an event read at {@code changed.version()}. Its status changes only by {@link #move}. Its
     * sessions must stay inside its days and its capacity above the participants holding a seat; a raised capacity
     * moves the first on the waiting list up.
     */
    public SaveResult<TrainingEvent> saveEvent(TrainingEvent changed) {
        if (changed.id() == null) {
            return createEvent(changed);
        }
        TrainingEvent stored = repository.event(changed.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(changed.label());
        }
        permissions.requireLibrary(stored.hostId(), "change a training event");
        permissions.requireLibrary(changed.hostId(), "hand a training event to another host");
        if (stored.version() != changed.version()) {
            return new SaveResult.Stale<>(changed.label());
        }
        TrainingEvent event = changed.withStatus(stored.status());
        Validation validation = TrainingRules.event(event, register());
        if (validation.isValid() && stored.hostId() != event.hostId()) {
            validation = activeHost(event.hostId());
        }
        return storeRefusable(validation, () -> repository.updateEvent(event, state -> {
            Validation against = TrainingRules.eventAgainst(event, state.sessions(), state.registrations());
            if (!against.isValid()) {
                throw new TrainingRefusal(against);
            }
            return Seating.promotions(event, state.registrations());
        }));
    }

    /**
     * Moves an event read at {@code read.version()} on: planned → open → full / closed → held, or cancelled. Opening
     * needs at least one session; a reopened event moves the waiting list up into free seats.
     */
    public SaveResult<TrainingEvent> move(TrainingEvent read, EventStatus to) {
        TrainingEvent stored = repository.event(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.label());
        }
        permissions.requireLibrary(stored.hostId(), "move a training event on");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        Validation.Builder errors = Validation.builder();
        errors.errorIf(!stored.status().mayMoveTo(to), "status", "training.error.move", stored.status().name(),
                to.name());
        if (to == EventStatus.OPEN || to == EventStatus.HELD) {
            errors.errorIf(repository.sessions(stored.id()).isEmpty(), "status", "training.error.noSessions");
        }
        TrainingEvent moved = stored.withStatus(to);
        return storeRefusable(errors.build(), () -> repository.updateEvent(moved,
                state -> to == EventStatus.OPEN ? Seating.promotions(moved, state.registrations()) : List.of()));
    }

    public Optional<TrainingEvent> event(long id) {
        return repository.event(id);
    }

    /** One event with its sessions in the order they run. */
    public Optional<EventDetail> detail(long eventId) {
        return repository.event(eventId).map(event -> new EventDetail(event, repository.sessions(eventId)));
    }

    /** A page of events, filtered and sorted in the database, with their seats taken and waiting. */
    public Page<EventListing> events(EventFilter filter, PageRequest<EventSort> request) {
        return repository.events(filter, request);
    }

    /**
     * The events the start screen points to today ({@link TrainingReminder}): read in the database as those not
     * yet ended one way or the other that start within {@value TrainingReminder#STARTS_WITHIN_DAYS} days or earlier,
     * at most {@code limit} of them, the earliest first.
     */
    public List<TrainingReminder> reminders(int limit) {
        LocalDate today = today();
        EventFilter unfinished = new EventFilter(Set.of(), TrainingReminder.UNFINISHED, null,
                today.plusDays(TrainingReminder.STARTS_WITHIN_DAYS), null, "");
        List<TrainingEvent> events = repository.events(unfinished,
                new PageRequest<>(0, limit, EventSort.STARTS, SortDirection.ASCENDING, "")).rows().stream()
                .map(EventListing::event).toList();
        return TrainingReminder.of(events, today);
    }

    /** Events running in the month (any day of theirs in it), with their sessions, for the calendar. */
    public List<EventDetail> month(YearMonth month) {
        return repository.eventsBetween(month.atDay(1), month.atEndOfMonth());
    }

    /** Events running between the two days (both included), with their sessions. */
    public List<EventDetail> between(LocalDate from, LocalDate to) {
        return repository.eventsBetween(from, to);
    }

    // --- sessions ---

    /** Adds a session on one of the event's days, ending after it starts. */
    public SaveResult<TrainingSession> addSession(TrainingSession draft) {
        TrainingEvent event = repository.event(draft.eventId()).orElse(null);
        if (event == null) {
            return new SaveResult.Gone<>(draft.label());
        }
        permissions.requireLibrary(event.hostId(), "add a training session");
        TrainingSession session = new TrainingSession(null, draft.eventId(), draft.heldOn(), draft.startsAt(),
                draft.endsAt(), draft.topic(), draft.speaker(), 0);
        return SaveResult.store(TrainingRules.session(session, event), () -> repository.insertSession(session));
    }

    /** Stores changes to a session read at {@code changed.version()}. */
    public SaveResult<TrainingSession> saveSession(TrainingSession changed) {
        if (changed.id() == null) {
            return addSession(changed);
        }
        TrainingSession stored = repository.session(changed.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(changed.label());
        }
        TrainingEvent event = repository.event(stored.eventId()).orElseThrow();
        permissions.requireLibrary(event.hostId(), "change a training session");
        if (stored.version() != changed.version()) {
            return new SaveResult.Stale<>(changed.label());
        }
        TrainingSession session = new TrainingSession(stored.id(), stored.eventId(), changed.heldOn(),
                changed.startsAt(), changed.endsAt(), changed.topic(), changed.speaker(), stored.version());
        return SaveResult.store(TrainingRules.session(session, event), () -> repository.updateSession(session));
    }

    /** Removes a session read at {@code read.version()}; one with attendance recorded is kept. */
    public SaveResult<TrainingSession> removeSession(TrainingSession read) {
        TrainingSession stored = repository.session(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.label());
        }
        TrainingEvent event = repository.event(stored.eventId()).orElseThrow();
        permissions.requireLibrary(event.hostId(), "remove a training session");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        long ticks = repository.marks(event.id()).stream().filter(mark -> mark.sessionId() == stored.id()).count();
        Validation validation = Validation.builder()
                .errorIf(ticks > 0, "session", "training.error.sessionAttended", ticks).build();
        return SaveResult.store(validation, () -> {
            repository.deleteSession(stored);
            return stored;
        });
    }

    public List<TrainingSession> sessions(long eventId) {
        return repository.sessions(eventId);
    }

    // --- registrations ---

    /**
     * Registers a member's staff person or a guest. A participant takes a seat while there is one and the event is
     * open, else waits in order; refused after the deadline, beyond the member's quota, or when the same person is
     * registered already. Speakers and committee are the host's to add and take no seat. The fee due is the
     * event's fee (none for speakers and committee).
     */
    public SaveResult<Registration> register(long eventId, Registrant who, ParticipantRole role, String cardNumber) {
        TrainingEvent event = repository.event(eventId).orElse(null);
        if (event == null) {
            return new SaveResult.Gone<>(String.valueOf(eventId));
        }
        ParticipantRole asRole = role == null ? ParticipantRole.PARTICIPANT : role;
        requireRegistrar(event, who, asRole);
        Registration draft;
        try {
            draft = draft(event, who, asRole, cardNumber);
        } catch (TrainingRefusal refusal) {
            return SaveResult.invalid(refusal.validation());
        }
        Validation validation = TrainingRules.person(draft);
        LocalDate today = today();
        return storeRefusable(validation, () -> repository.register(draft,
                state -> Seating.place(draft, state, today)));
    }

    /**
     * Stores changes to a registration read at {@code changed.version()}: a guest's name, institution and e-mail,
     * the forum card number, and (the host's) the role. A participant becoming a speaker frees a seat for the
     * waiting list; a speaker becoming a participant needs a free seat.
     */
    public SaveResult<Registration> saveRegistration(Registration changed) {
        Registration stored = repository.registration(changed.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(changed.label());
        }
        TrainingEvent event = repository.event(stored.eventId()).orElseThrow();
        if (changed.role() != stored.role()) {
            permissions.requireLibrary(event.hostId(), "change a participant's role");
        } else {
            requireRegistrationChange(event, stored, "change a registration");
        }
        if (stored.version() != changed.version()) {
            return new SaveResult.Stale<>(changed.label());
        }
        boolean guest = stored.isGuest();
        Registration updated = new Registration(stored.id(), stored.eventId(), stored.memberId(), stored.staffId(),
                guest ? changed.name() : stored.name(), guest ? changed.institution() : stored.institution(),
                guest ? changed.email() : stored.email(), changed.role(), stored.status(), stored.badgeCode(),
                changed.cardNumber(), stored.registeredAt(), stored.fee(), stored.version());
        Validation validation = TrainingRules.person(updated);
        return storeRefusable(validation, () -> repository.updateRegistration(updated, state -> {
            List<Registration> after = replaced(state.registrations(), updated);
            if (stored.status() == RegistrationStatus.REGISTERED && updated.role().takesSeat()
                    && !stored.role().takesSeat() && Seating.seated(after) > state.event().capacity()) {
                throw TrainingRefusal.because("role", "training.error.noSeatForRole", state.event().capacity());
            }
            for (Registration other : state.registrations()) {
                if (!other.id().equals(updated.id()) && other.status().active()
                        && other.personKey().equals(updated.personKey())) {
                    throw TrainingRefusal.because("person", "training.error.alreadyRegistered", updated.name(),
                            state.event().titleId());
                }
            }
            return Seating.promotions(state.event(), after);
        }).cancelled());
    }

    /**
     * Cancels a registration read at {@code read.version()}; the place it held goes to the first on the waiting list,
     * in the same transaction. A certified registration is not cancelled.
     */
    public SaveResult<Cancellation> cancel(Registration read) {
        Registration stored = repository.registration(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.label());
        }
        TrainingEvent event = repository.event(stored.eventId()).orElseThrow();
        requireRegistrationChange(event, stored, "cancel a registration");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        Validation.Builder errors = Validation.builder();
        errors.errorIf(!stored.status().active(), "status", "training.error.alreadyCancelled", stored.name());
        errors.errorIf(!repository.certificatesOf(List.of(stored.id())).isEmpty(), "status",
                "training.error.cancelCertified", stored.name());
        Registration cancelled = stored.withStatus(RegistrationStatus.CANCELLED);
        return storeRefusable(errors.build(), () -> repository.updateRegistration(cancelled,
                state -> Seating.promotions(state.event(), replaced(state.registrations(), cancelled))));
    }

    public Optional<Registration> registration(long id) {
        return repository.registration(id);
    }

    /** Every registration of the event in the order made, cancelled ones included. */
    public List<Registration> registrations(long eventId) {
        return repository.registrations(eventId);
    }

    /** The waiting list in order: the first moves up when a place is free. */
    public List<Registration> waitingList(long eventId) {
        return repository.registrations(eventId).stream()
                .filter(registration -> registration.status() == RegistrationStatus.WAITING).toList();
    }

    /** The import of registrations from a sign-up form's CSV or XLSX export (docs/registration-import.md). */
    public RegistrationImport registrationImport(long eventId) {
        return new RegistrationImport(this, eventId);
    }

    // --- fees ---

    /** Records a registration's fee read at {@code read.version()}: due, paid, the day and the receipt number. */
    public SaveResult<Registration> recordFee(Registration read, Fee fee) {
        Registration stored = repository.registration(read.id()).orElse(null);
        if (stored == null) {
            return new SaveResult.Gone<>(read.label());
        }
        TrainingEvent event = repository.event(stored.eventId()).orElseThrow();
        permissions.requireLibrary(event.hostId(), "record a training fee");
        if (stored.version() != read.version()) {
            return new SaveResult.Stale<>(read.label());
        }
        Fee asGiven = fee == null ? Fee.due(null) : fee;
        Registration paid = stored.withFee(asGiven);
        return storeRefusable(TrainingRules.fee(asGiven, today()),
                () -> repository.updateRegistration(paid, state -> List.of()).cancelled());
    }

    /** The event's fees over everyone holding a place. */
    public FeeSummary feeSummary(long eventId) {
        return FeeSummary.of(repository.registrations(eventId));
    }

    // --- attendance ---

    /** Ticks (or unticks) that the registration's person attended the session; whether anything changed. */
    public SaveResult<Boolean> setAttended(long sessionId, long registrationId, boolean attended) {
        TrainingSession session = repository.session(sessionId).orElse(null);
        Registration registration = repository.registration(registrationId).orElse(null);
        if (session == null || registration == null) {
            return new SaveResult.Gone<>(session == null ? String.valueOf(sessionId) : String.valueOf(registrationId));
        }
        TrainingEvent event = repository.event(session.eventId()).orElseThrow();
        permissions.requireLibrary(event.hostId(), "record attendance");
        Validation validation = attendanceCheck(event, session, registration, attended);
        return SaveResult.store(validation, () -> repository.mark(sessionId, registration, attended,
                permissions.actor().signature(), LocalDateTime.now(clock)));
    }

    /**
     * Records attendance at the session from a scanned (or typed) code: a badge code, or a forum card number recorded
     * on a registration of the event. An unknown code, or someone not holding a place, is refused with the reason.
     */
    public SaveResult<ScanResult> recordScan(long sessionId, String scannedCode) {
        TrainingSession session = repository.session(sessionId).orElse(null);
        if (session == null) {
            return new SaveResult.Gone<>(String.valueOf(sessionId));
        }
        TrainingEvent event = repository.event(session.eventId()).orElseThrow();
        permissions.requireLibrary(event.hostId(), "record attendance");
        String code = BadgeCode.normalise(scannedCode);
        Optional<Registration> found = findByCode(event.id(), code);
        if (found.isEmpty()) {
            return SaveResult.invalid(Validation.builder().error("code",
                    code.isEmpty() ? "training.error.scanEmpty" : "training.error.scanUnknown", code).build());
        }
        Registration registration = found.get();
        Validation validation = attendanceCheck(event, session, registration, true);
        return SaveResult.store(validation, () -> {
            boolean changed = repository.mark(sessionId, registration, true, permissions.actor().signature(),
                    LocalDateTime.now(clock));
            return new ScanResult(registration, session, !changed);
        });
    }

    /** The event's attendance grid: sessions, everyone holding a place, the ticks. */
    public AttendanceRecord attendance(long eventId) {
        EventDetail detail = detail(eventId).orElseThrow();
        List<Registration> people = repository.registrations(eventId).stream().filter(Registration::holdsPlace)
                .toList();
        return new AttendanceRecord(detail, people, repository.marks(eventId));
    }

    /** Everyone holding a place with sessions attended, whether they meet the rule, and their certificate. */
    public List<Standing> standings(long eventId) {
        AttendanceRecord record = attendance(eventId);
        Map<Long, String> numbers = repository.certificatesOf(record.people().stream().map(Registration::id)
                .toList()).stream().collect(Collectors.toMap(Certificate::registrationId, Certificate::number));
        int sessions = record.detail().sessions().size();
        return record.people().stream().map(person -> new Standing(person, record.attendedBy(person.id()), sessions,
                record.qualifies(person.id()), numbers.getOrDefault(person.id(), ""))).toList();
    }

    // --- certificates ---

    /**
     * The registration's certificate: the one it has, or a new one numbered from the year's running series
     * (0001/SERT/FORUM/XII/2026). Refused when the person did not meet the attendance rule or the event was not held.
     */
    public SaveResult<IssuedCertificate> issueCertificate(long registrationId) {
        Registration registration = repository.registration(registrationId).orElse(null);
        if (registration == null) {
            return new SaveResult.Gone<>(String.valueOf(registrationId));
        }
        TrainingEvent event = repository.event(registration.eventId()).orElseThrow();
        permissions.requireLibrary(event.hostId(), "issue a training certificate");
        AttendanceRecord record = attendance(event.id());
        Validation validation = certificates.check(record, registration);
        return SaveResult.store(validation, () -> Certificates.issued(certificates.certify(registration, today(),
                permissions.actor().signature()), registration, record.detail()));
    }

    /**
     * Certificates for everyone at a held event who met the rule and has none yet; returns every certificate of the
     * event, those issued earlier included, in the order registered. Refused when the event was not held.
     */
    public SaveResult<List<IssuedCertificate>> issueCertificates(long eventId) {
        TrainingEvent event = repository.event(eventId).orElse(null);
        if (event == null) {
            return new SaveResult.Gone<>(String.valueOf(eventId));
        }
        permissions.requireLibrary(event.hostId(), "issue training certificates");
        Validation validation = Validation.builder().errorIf(event.status() != EventStatus.HELD, "event",
                "training.error.notHeld", event.titleId()).build();
        AttendanceRecord record = attendance(eventId);
        return SaveResult.store(validation, () -> {
            for (Registration person : record.people()) {
                if (record.qualifies(person.id())) {
                    certificates.certify(person, today(), permissions.actor().signature());
                }
            }
            return certificates.of(record.detail());
        });
    }

    /** Every certificate of the event in the order registered. */
    public List<IssuedCertificate> certificates(long eventId) {
        return certificates.of(detail(eventId).orElseThrow());
    }

    /**
     * Checks a certificate number (typed, or scanned from its QR code): to whom and for which event it was issued,
     * or empty when Jalin issued no certificate with that number.
     */
    public Optional<IssuedCertificate> verify(String number) {
        return certificates.verify(number, this::detail);
    }

    // --- a member's staff ---

    /** The events a member's staff took part in (holding a place), newest first, with attendance and certificate. */
    public List<AttendedEvent> attendedBy(long memberId) {
        List<Registration> registrations = repository.registrationsOfMember(memberId).stream()
                .filter(Registration::holdsPlace).toList();
        if (registrations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = registrations.stream().map(Registration::id).toList();
        Set<AttendanceMark> marks = repository.marksOf(ids);
        Map<Long, String> numbers = repository.certificatesOf(ids).stream()
                .collect(Collectors.toMap(Certificate::registrationId, Certificate::number));
        Map<Long, EventDetail> events = repository.eventDetails(registrations.stream().map(Registration::eventId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(d -> d.event().id(), d -> d));
        List<AttendedEvent> attended = new ArrayList<>();
        for (Registration registration : registrations) {
            Optional<EventDetail> detail = Optional.ofNullable(events.get(registration.eventId()));
            if (detail.isEmpty() || detail.get().event().status() == EventStatus.CANCELLED) {
                continue;
            }
            TrainingEvent event = detail.get().event();
            int count = (int) marks.stream().filter(mark -> mark.registrationId() == registration.id()).count();
            attended.add(new AttendedEvent(event.id(), event.kind(), event.titleId(), event.titleEn(),
                    event.startsOn(), event.endsOn(), event.status(), registration.id(), registration.name(),
                    registration.role(), count, detail.get().sessions().size(),
                    numbers.getOrDefault(registration.id(), "")));
        }
        attended.sort(Comparator.comparing(AttendedEvent::startsOn).reversed()
                .thenComparing(AttendedEvent::personName));
        return attended;
    }

    // --- calendar ---

    /**
     * The events running between the two days as an iCalendar file: each session a timed event in Asia/Jakarta
     * time (with the zone's VTIMEZONE), in the words of {@code messages}' language.
     */
    public String calendar(LocalDate from, LocalDate to, Messages messages) {
        return new TrainingCalendar(messages, repository.databaseId())
                .write(repository.eventsBetween(from, to), clock.instant());
    }

    // --- for the import ---

    /** Checks and stores an import's registrations one after another under the event's lock. */
    List<SaveResult<Registration>> registerAll(long eventId, List<ImportedRegistration> rows) {
        TrainingEvent event = repository.event(eventId).orElseThrow();
        permissions.requireLibrary(event.hostId(), "import training registrations");
        List<SaveResult<Registration>> results = new ArrayList<>();
        List<Registration> drafts = new ArrayList<>();
        List<Integer> draftIndex = new ArrayList<>();
        for (ImportedRegistration row : rows) {
            try {
                Registration draft = draft(event, row.registrant(), row.role(), row.cardNumber());
                Validation validation = TrainingRules.person(draft);
                if (validation.isValid()) {
                    draftIndex.add(results.size());
                    drafts.add(draft);
                    results.add(null);
                } else {
                    results.add(SaveResult.invalid(validation));
                }
            } catch (TrainingRefusal refusal) {
                results.add(SaveResult.invalid(refusal.validation()));
            }
        }
        if (!drafts.isEmpty()) {
            LocalDate today = today();
            List<TrainingRepository.Placement> placements = repository.registerAll(eventId, drafts,
                    (draft, state) -> Seating.place(draft, state, today));
            for (int i = 0; i < placements.size(); i++) {
                TrainingRepository.Placement placement = placements.get(i);
                results.set(draftIndex.get(i), placement.refusal() == null
                        ? new SaveResult.Saved<>(placement.stored())
                        : SaveResult.invalid(placement.refusal().validation()));
            }
        }
        return results;
    }

    void requireImporter(long eventId) {
        TrainingEvent event = repository.event(eventId).orElseThrow();
        permissions.requireLibrary(event.hostId(), "import training registrations");
    }

    Optional<TrainingMember> memberByCode(String code) {
        return members.all().stream().filter(member -> member.code().equalsIgnoreCase(code)).findFirst();
    }

    // --- helpers ---

    private Registration draft(TrainingEvent event, Registrant who, ParticipantRole role, String cardNumber) {
        Money fee = role.takesSeat() ? event.fee() : Money.ZERO;
        LocalDateTime now = LocalDateTime.now(clock);
        if (who instanceof Registrant.Staff staff) {
            TrainingMember member = members.member(staff.memberId()).orElseThrow(
                    () -> TrainingRefusal.because("person", "training.error.noSuchMember"));
            TrainingStaff person = members.staff(staff.memberId()).stream()
                    .filter(candidate -> candidate.id() == staff.staffId()).findFirst()
                    .orElseThrow(() -> TrainingRefusal.because("person", "training.error.noSuchStaff", member.name()));
            return new Registration(null, event.id(), member.id(), person.id(), person.name(), member.name(),
                    person.email(), role, RegistrationStatus.REGISTERED, "", cardNumber, now, Fee.due(fee), 0);
        }
        Registrant.Guest guest = (Registrant.Guest) who;
        if (guest.memberId() != null && members.member(guest.memberId()).isEmpty()) {
            throw TrainingRefusal.because("institution", "training.error.noSuchMember");
        }
        return new Registration(null, event.id(), guest.memberId(), null, guest.name(), guest.institution(),
                guest.email(), role, RegistrationStatus.REGISTERED, "", cardNumber, now, Fee.due(fee), 0);
    }

    private void requireRegistrar(TrainingEvent event, Registrant who, ParticipantRole role) {
        if (role.takesSeat() && who instanceof Registrant.Staff staff
                && permissions.mayChangeLibrary(staff.memberId())) {
            return;
        }
        if (role.takesSeat() && who instanceof Registrant.Guest guest && guest.memberId() != null
                && permissions.mayChangeLibrary(guest.memberId())) {
            return;
        }
        permissions.requireLibrary(event.hostId(), "register for a training event");
    }

    private void requireRegistrationChange(TrainingEvent event, Registration registration, String operation) {
        if (registration.memberId() != null && registration.role().takesSeat()
                && permissions.mayChangeLibrary(registration.memberId())) {
            return;
        }
        permissions.requireLibrary(event.hostId(), operation);
    }

    private Validation attendanceCheck(TrainingEvent event, TrainingSession session, Registration registration,
                                       boolean attended) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(registration.eventId() != event.id(), "registration", "training.error.otherEvent",
                registration.name(), event.titleId());
        errors.errorIf(attended && !registration.holdsPlace(), "registration", "training.error.noPlace",
                registration.name());
        errors.errorIf(!event.status().takesAttendance(), "event", "training.error.noAttendance", event.titleId());
        errors.errorIf(attended && session.heldOn().isAfter(today()), "session", "training.error.sessionAhead");
        errors.errorIf(!attended && !repository.certificatesOf(List.of(registration.id())).isEmpty(),
                "registration", "training.error.untickCertified", registration.name());
        return errors.build();
    }

    private Optional<Registration> findByCode(long eventId, String code) {
        Optional<Long> badge = BadgeCode.registrationOf(code);
        if (badge.isPresent()) {
            // a badge of another event is found, and refused by the attendance check with that reason
            Optional<Registration> byBadge = repository.registrationByBadge(code);
            if (byBadge.isPresent()) {
                return byBadge;
            }
        }
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return repository.registrationsByCard(eventId, code).stream()
                .filter(registration -> registration.status().active()).findFirst();
    }

    private static List<Registration> replaced(List<Registration> registrations, Registration changed) {
        return registrations.stream().map(r -> r.id().equals(changed.id()) ? changed : r).toList();
    }

    private Validation activeHost(long hostId) {
        TrainingMember host = register().get(hostId);
        return Validation.builder().errorIf(host != null && !host.active(), "host", "training.error.hostInactive",
                host == null ? "" : host.name()).build();
    }

    private Map<Long, TrainingMember> register() {
        return members.all().stream().collect(Collectors.toMap(TrainingMember::id, Function.identity()));
    }

    /** Stores, turning a refusal found under the event's lock into the same result as any other invalid save. */
    private static <T> SaveResult<T> storeRefusable(Validation validation, Supplier<T> storage) {
        try {
            return SaveResult.store(validation, storage);
        } catch (TrainingRefusal refusal) {
            return SaveResult.invalid(refusal.validation());
        }
    }
}
