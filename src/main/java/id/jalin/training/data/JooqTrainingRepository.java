package id.jalin.training.data;

import static id.jalin.kernel.db.generated.Tables.TRN_ATTENDANCE;
import static id.jalin.kernel.db.generated.Tables.TRN_CERTIFICATE;
import static id.jalin.kernel.db.generated.Tables.TRN_CERTIFICATE_COUNTER;
import static id.jalin.kernel.db.generated.Tables.TRN_EVENT;
import static id.jalin.kernel.db.generated.Tables.TRN_REGISTRATION;
import static id.jalin.kernel.db.generated.Tables.TRN_SESSION;

import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.DatabaseIdentity;
import id.jalin.kernel.db.generated.tables.records.TrnCertificateRecord;
import id.jalin.kernel.db.generated.tables.records.TrnEventRecord;
import id.jalin.kernel.db.generated.tables.records.TrnRegistrationRecord;
import id.jalin.kernel.db.generated.tables.records.TrnSessionRecord;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.training.domain.AttendanceMark;
import id.jalin.training.domain.BadgeCode;
import id.jalin.training.domain.Cancellation;
import id.jalin.training.domain.Certificate;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.EventFilter;
import id.jalin.training.domain.EventListing;
import id.jalin.training.domain.EventSort;
import id.jalin.training.domain.EventState;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.RegistrationStatus;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingRefusal;
import id.jalin.training.domain.TrainingRepository;
import id.jalin.training.domain.TrainingSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Events with their sessions, registrations, attendance and certificates. Each write happens in one transaction with
 * its audit entry; the version column refuses a change made on an older reading, and the writes that depend on the
 * seats hold the event's row lock while the rule decides.
 */
public final class JooqTrainingRepository implements TrainingRepository {
    private final DSLContext dsl;
    private final RecordAudit audit;

    public JooqTrainingRepository(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.audit = new RecordAudit(trail, "training");
    }

    // --- events ---

    @Override
    public TrainingEvent insertEvent(TrainingEvent event) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            TrnEventRecord row = tx.newRecord(TRN_EVENT);
            TrainingRows.fill(row, event);
            row.setVersion(1L);
            row.store();
            audit.created(tx, row, row.getId(), event.label());
            return event.stored(row.getId(), 1);
        });
    }

    @Override
    public TrainingEvent updateEvent(TrainingEvent event, Function<EventState, List<Registration>> rule) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            TrnEventRecord before = lockedEvent(tx, event.id(), event.label());
            if (before.getVersion() != event.version()) {
                throw new StaleRecordException(event.label());
            }
            List<Registration> promoted = rule.apply(state(tx, event));
            TrnEventRecord after = before.copy();
            after.setId(before.getId());
            TrainingRows.fill(after, event);
            after.setVersion(before.getVersion() + 1);
            tx.update(TRN_EVENT).set(after).where(TRN_EVENT.ID.eq(event.id())).execute();
            audit.updated(tx, before, after, event.id(), event.label(), TRN_EVENT.STATUS.getName());
            promote(tx, promoted);
            return event.stored(event.id(), after.getVersion());
        });
    }

    private static TrnEventRecord lockedEvent(DSLContext tx, long eventId, String label) {
        return tx.selectFrom(TRN_EVENT).where(TRN_EVENT.ID.eq(eventId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new RecordGoneException(label));
    }

    /** The event as {@code event} says with its stored sessions and registrations, read inside the lock. */
    private static EventState state(DSLContext tx, TrainingEvent event) {
        return new EventState(event, sessions(tx, event.id()), registrations(tx, event.id()));
    }

    @Override
    public Optional<TrainingEvent> event(long id) {
        return dsl.selectFrom(TRN_EVENT).where(TRN_EVENT.ID.eq(id)).fetchOptional().map(TrainingRows::event);
    }

    /** The page's events, then the seats taken and waiting of all of them in one query. */
    @Override
    public Page<EventListing> events(EventFilter filter, PageRequest<EventSort> request) {
        Condition where = eventCondition(filter);
        int total = dsl.fetchCount(TRN_EVENT, where);
        List<TrainingEvent> events = dsl.selectFrom(TRN_EVENT).where(where).orderBy(eventOrder(request))
                .limit(request.size()).offset(request.offset()).fetch(TrainingRows::event);
        Map<Long, int[]> seats = new HashMap<>();
        if (!events.isEmpty()) {
            dsl.select(TRN_REGISTRATION.EVENT_ID, TRN_REGISTRATION.STATUS, DSL.count()).from(TRN_REGISTRATION)
                    .where(TRN_REGISTRATION.EVENT_ID.in(events.stream().map(TrainingEvent::id).toList()),
                            TRN_REGISTRATION.ROLE.eq(id.jalin.training.domain.ParticipantRole.PARTICIPANT.name()),
                            TRN_REGISTRATION.STATUS.in(RegistrationStatus.REGISTERED.name(),
                                    RegistrationStatus.WAITING.name()))
                    .groupBy(TRN_REGISTRATION.EVENT_ID, TRN_REGISTRATION.STATUS)
                    .forEach(row -> seats.computeIfAbsent(row.value1(), id -> new int[2])
                            [RegistrationStatus.valueOf(row.value2()) == RegistrationStatus.REGISTERED ? 0 : 1] =
                            row.value3());
        }
        List<EventListing> rows = events.stream().map(event -> {
            int[] counts = seats.getOrDefault(event.id(), new int[2]);
            return new EventListing(event, counts[0], counts[1]);
        }).toList();
        return new Page<>(rows, request.offset(), total);
    }

    private static Condition eventCondition(EventFilter filter) {
        Condition where = DSL.trueCondition();
        if (!filter.kinds().isEmpty()) {
            where = where.and(TRN_EVENT.KIND.in(filter.kinds().stream().map(Enum::name).toList()));
        }
        if (!filter.statuses().isEmpty()) {
            where = where.and(TRN_EVENT.STATUS.in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (filter.from() != null) {
            where = where.and(TRN_EVENT.ENDS_ON.ge(filter.from()));
        }
        if (filter.to() != null) {
            where = where.and(TRN_EVENT.STARTS_ON.le(filter.to()));
        }
        if (filter.hostId() != null) {
            where = where.and(TRN_EVENT.HOST_ID.eq(filter.hostId()));
        }
        if (!filter.text().isEmpty()) {
            String like = TrainingRows.like(filter.text());
            where = where.and(DSL.lower(TRN_EVENT.TITLE_ID).like(like, '\\')
                    .or(DSL.lower(TRN_EVENT.TITLE_EN).like(like, '\\'))
                    .or(DSL.lower(TRN_EVENT.VENUE).like(like, '\\')));
        }
        return where;
    }

    private static List<SortField<?>> eventOrder(PageRequest<EventSort> request) {
        boolean up = request.direction() == SortDirection.ASCENDING;
        var field = switch (request.sort()) {
            case STARTS -> TRN_EVENT.STARTS_ON;
            case TITLE -> DSL.lower(TRN_EVENT.TITLE_ID);
            case KIND -> TRN_EVENT.KIND;
            case STATUS -> TRN_EVENT.STATUS;
            case HOST -> TRN_EVENT.HOST_ID;
            case DEADLINE -> TRN_EVENT.REGISTRATION_DEADLINE;
        };
        SortField<?> first = up ? field.asc() : field.desc();
        return List.of(first, up ? TRN_EVENT.ID.asc() : TRN_EVENT.ID.desc());
    }

    @Override
    public List<EventDetail> eventsBetween(LocalDate from, LocalDate to) {
        List<TrainingEvent> events = dsl.selectFrom(TRN_EVENT)
                .where(TRN_EVENT.STARTS_ON.le(to), TRN_EVENT.ENDS_ON.ge(from))
                .orderBy(TRN_EVENT.STARTS_ON, TRN_EVENT.ID).fetch(TrainingRows::event);
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TrainingSession>> sessions = new HashMap<>();
        dsl.selectFrom(TRN_SESSION).where(TRN_SESSION.EVENT_ID.in(events.stream().map(TrainingEvent::id).toList()))
                .orderBy(TRN_SESSION.HELD_ON, TRN_SESSION.STARTS_AT, TRN_SESSION.ID)
                .forEach(row -> sessions.computeIfAbsent(row.getEventId(), id -> new ArrayList<>())
                        .add(TrainingRows.session(row)));
        return events.stream().map(event -> new EventDetail(event, sessions.getOrDefault(event.id(), List.of())))
                .toList();
    }

    // --- sessions ---

    @Override
    public TrainingSession insertSession(TrainingSession session) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            TrnSessionRecord row = tx.newRecord(TRN_SESSION);
            TrainingRows.fill(row, session);
            row.setVersion(1L);
            row.store();
            audit.created(tx, row, row.getId(), session.label());
            return session.stored(row.getId(), 1);
        });
    }

    @Override
    public TrainingSession updateSession(TrainingSession session) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            TrnSessionRecord before = lockedSession(tx, session);
            TrnSessionRecord after = before.copy();
            after.setId(before.getId());
            TrainingRows.fill(after, session);
            after.setVersion(before.getVersion() + 1);
            tx.update(TRN_SESSION).set(after).where(TRN_SESSION.ID.eq(session.id())).execute();
            audit.updated(tx, before, after, session.id(), session.label());
            return session.stored(session.id(), after.getVersion());
        });
    }

    @Override
    public void deleteSession(TrainingSession session) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            TrnSessionRecord before = lockedSession(tx, session);
            tx.deleteFrom(TRN_SESSION).where(TRN_SESSION.ID.eq(session.id())).execute();
            audit.deleted(tx, before, session.id(), session.label());
        });
    }

    private static TrnSessionRecord lockedSession(DSLContext tx, TrainingSession session) {
        TrnSessionRecord before = tx.selectFrom(TRN_SESSION).where(TRN_SESSION.ID.eq(session.id())).forUpdate()
                .fetchOptional().orElseThrow(() -> new RecordGoneException(session.label()));
        if (before.getVersion() != session.version()) {
            throw new StaleRecordException(session.label());
        }
        return before;
    }

    @Override
    public Optional<TrainingSession> session(long id) {
        return dsl.selectFrom(TRN_SESSION).where(TRN_SESSION.ID.eq(id)).fetchOptional().map(TrainingRows::session);
    }

    @Override
    public List<TrainingSession> sessions(long eventId) {
        return sessions(dsl, eventId);
    }

    private static List<TrainingSession> sessions(DSLContext context, long eventId) {
        return context.selectFrom(TRN_SESSION).where(TRN_SESSION.EVENT_ID.eq(eventId))
                .orderBy(TRN_SESSION.HELD_ON, TRN_SESSION.STARTS_AT, TRN_SESSION.ID).fetch(TrainingRows::session);
    }

    // --- registrations ---

    @Override
    public Registration register(Registration draft, Function<EventState, Registration> place) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            TrainingEvent event = TrainingRows.event(lockedEvent(tx, draft.eventId(), draft.label()));
            return insertRegistration(tx, place.apply(state(tx, event)));
        });
    }

    @Override
    public List<Placement> registerAll(long eventId, List<Registration> drafts,
                                       BiFunction<Registration, EventState, Registration> place) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            TrainingEvent event = TrainingRows.event(lockedEvent(tx, eventId, String.valueOf(eventId)));
            List<TrainingSession> sessions = sessions(tx, eventId);
            List<Registration> current = new ArrayList<>(registrations(tx, eventId));
            List<Placement> placements = new ArrayList<>();
            for (Registration draft : drafts) {
                try {
                    Registration stored = insertRegistration(tx, place.apply(draft,
                            new EventState(event, sessions, current)));
                    current.add(stored);
                    placements.add(new Placement(stored, null));
                } catch (TrainingRefusal refusal) {
                    placements.add(new Placement(null, refusal));
                }
            }
            return placements;
        });
    }

    /** Stores a registration and gives it its badge code, which needs the id. */
    private Registration insertRegistration(DSLContext tx, Registration registration) {
        TrnRegistrationRecord row = tx.newRecord(TRN_REGISTRATION);
        TrainingRows.fill(row, registration);
        row.setVersion(1L);
        row.store();
        String badge = BadgeCode.of(row.getId());
        row.setBadgeCode(badge);
        row.update();
        audit.created(tx, row, row.getId(), registration.label());
        return registration.stored(row.getId(), badge, 1);
    }

    @Override
    public Cancellation updateRegistration(Registration changed, Function<EventState, List<Registration>> rule) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            TrainingEvent event = TrainingRows.event(lockedEvent(tx, changed.eventId(), changed.label()));
            TrnRegistrationRecord before = lockedRegistration(tx, changed);
            List<Registration> promoted = rule.apply(state(tx, event));
            long version = write(tx, before, changed);
            List<Registration> moved = promote(tx, promoted);
            Registration stored = changed.stored(changed.id(), before.getBadgeCode(), version);
            // a waiting registration changed while a seat was free moved up as well: it is returned as it now stands
            for (Registration up : moved) {
                if (up.id().equals(changed.id())) {
                    stored = up;
                }
            }
            List<Registration> others = moved.stream().filter(up -> !up.id().equals(changed.id())).toList();
            return new Cancellation(stored, others);
        });
    }

    private static TrnRegistrationRecord lockedRegistration(DSLContext tx, Registration registration) {
        TrnRegistrationRecord before = tx.selectFrom(TRN_REGISTRATION)
                .where(TRN_REGISTRATION.ID.eq(registration.id())).forUpdate().fetchOptional()
                .orElseThrow(() -> new RecordGoneException(registration.label()));
        if (before.getVersion() != registration.version()) {
            throw new StaleRecordException(registration.label());
        }
        return before;
    }

    private long write(DSLContext tx, TrnRegistrationRecord before, Registration registration) {
        TrnRegistrationRecord after = before.copy();
        after.setId(before.getId());
        TrainingRows.fill(after, registration);
        after.setBadgeCode(before.getBadgeCode());
        after.setVersion(before.getVersion() + 1);
        tx.update(TRN_REGISTRATION).set(after).where(TRN_REGISTRATION.ID.eq(registration.id())).execute();
        audit.updated(tx, before, after, registration.id(), registration.label(), TRN_REGISTRATION.STATUS.getName());
        return after.getVersion();
    }

    /** Moves waiting registrations up, each as read inside the lock. */
    private List<Registration> promote(DSLContext tx, List<Registration> promoted) {
        List<Registration> moved = new ArrayList<>();
        for (Registration registration : promoted) {
            TrnRegistrationRecord before = tx.selectFrom(TRN_REGISTRATION)
                    .where(TRN_REGISTRATION.ID.eq(registration.id())).forUpdate().fetchOne();
            long version = write(tx, before, registration);
            moved.add(registration.stored(registration.id(), before.getBadgeCode(), version));
        }
        return moved;
    }

    @Override
    public Optional<Registration> registration(long id) {
        return dsl.selectFrom(TRN_REGISTRATION).where(TRN_REGISTRATION.ID.eq(id)).fetchOptional()
                .map(TrainingRows::registration);
    }

    @Override
    public List<Registration> registrations(long eventId) {
        return registrations(dsl, eventId);
    }

    private static List<Registration> registrations(DSLContext context, long eventId) {
        return context.selectFrom(TRN_REGISTRATION).where(TRN_REGISTRATION.EVENT_ID.eq(eventId))
                .orderBy(TRN_REGISTRATION.ID).fetch(TrainingRows::registration);
    }

    @Override
    public Optional<Registration> registrationByBadge(String badgeCode) {
        return dsl.selectFrom(TRN_REGISTRATION).where(TRN_REGISTRATION.BADGE_CODE.eq(badgeCode)).fetchOptional()
                .map(TrainingRows::registration);
    }

    @Override
    public List<Registration> registrationsByCard(long eventId, String cardNumber) {
        return dsl.selectFrom(TRN_REGISTRATION)
                .where(TRN_REGISTRATION.EVENT_ID.eq(eventId),
                        DSL.upper(TRN_REGISTRATION.CARD_NUMBER).eq(cardNumber.toUpperCase(Locale.ROOT)))
                .orderBy(TRN_REGISTRATION.ID).fetch(TrainingRows::registration);
    }

    @Override
    public List<Registration> registrationsOfMember(long memberId) {
        return dsl.selectFrom(TRN_REGISTRATION).where(TRN_REGISTRATION.MEMBER_ID.eq(memberId))
                .orderBy(TRN_REGISTRATION.ID.desc()).fetch(TrainingRows::registration);
    }

    // --- attendance ---

    @Override
    public boolean mark(long sessionId, Registration registration, boolean attended, String recordedBy,
                        LocalDateTime recordedAt) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Condition tick = TRN_ATTENDANCE.SESSION_ID.eq(sessionId)
                    .and(TRN_ATTENDANCE.REGISTRATION_ID.eq(registration.id()));
            boolean present = tx.fetchExists(tx.selectOne().from(TRN_ATTENDANCE).where(tick));
            if (present == attended) {
                return false;
            }
            String label = registration.label() + " / " + sessionId;
            if (attended) {
                tx.insertInto(TRN_ATTENDANCE, TRN_ATTENDANCE.SESSION_ID, TRN_ATTENDANCE.REGISTRATION_ID,
                                TRN_ATTENDANCE.RECORDED_AT, TRN_ATTENDANCE.RECORDED_BY)
                        .values(sessionId, registration.id(), recordedAt, TrainingRows.cut(recordedBy, 200))
                        .execute();
            } else {
                tx.deleteFrom(TRN_ATTENDANCE).where(tick).execute();
            }
            audit.recorded(tx, TRN_ATTENDANCE.getName(), registration.id(), label,
                    attended ? AuditAction.CREATE : AuditAction.DELETE,
                    List.of(new FieldChange("session_id", attended ? null : String.valueOf(sessionId),
                            attended ? String.valueOf(sessionId) : null)));
            return true;
        });
    }

    @Override
    public Set<AttendanceMark> marks(long eventId) {
        Set<AttendanceMark> marks = new HashSet<>();
        dsl.select(TRN_ATTENDANCE.SESSION_ID, TRN_ATTENDANCE.REGISTRATION_ID).from(TRN_ATTENDANCE)
                .join(TRN_SESSION).on(TRN_SESSION.ID.eq(TRN_ATTENDANCE.SESSION_ID))
                .where(TRN_SESSION.EVENT_ID.eq(eventId))
                .forEach(row -> marks.add(new AttendanceMark(row.value1(), row.value2())));
        return marks;
    }

    @Override
    public Set<AttendanceMark> marksOf(List<Long> registrationIds) {
        Set<AttendanceMark> marks = new HashSet<>();
        if (registrationIds.isEmpty()) {
            return marks;
        }
        dsl.select(TRN_ATTENDANCE.SESSION_ID, TRN_ATTENDANCE.REGISTRATION_ID).from(TRN_ATTENDANCE)
                .where(TRN_ATTENDANCE.REGISTRATION_ID.in(registrationIds))
                .forEach(row -> marks.add(new AttendanceMark(row.value1(), row.value2())));
        return marks;
    }

    // --- certificates ---

    @Override
    public Certificate certify(Registration registration, LocalDate date, IntFunction<String> numbering,
                               String issuedBy) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            // the registration's lock: two desks issuing at once give it one certificate
            tx.selectFrom(TRN_REGISTRATION).where(TRN_REGISTRATION.ID.eq(registration.id())).forUpdate()
                    .fetchOptional().orElseThrow(() -> new RecordGoneException(registration.label()));
            Optional<Certificate> given = tx.selectFrom(TRN_CERTIFICATE)
                    .where(TRN_CERTIFICATE.REGISTRATION_ID.eq(registration.id())).fetchOptional()
                    .map(TrainingRows::certificate);
            if (given.isPresent()) {
                return given.get();
            }
            int year = date.getYear();
            Integer last = tx.select(TRN_CERTIFICATE_COUNTER.LAST_NUMBER).from(TRN_CERTIFICATE_COUNTER)
                    .where(TRN_CERTIFICATE_COUNTER.CERT_YEAR.eq(year)).forUpdate()
                    .fetchOne(TRN_CERTIFICATE_COUNTER.LAST_NUMBER);
            int next = last == null ? 1 : last + 1;
            if (last == null) {
                tx.insertInto(TRN_CERTIFICATE_COUNTER, TRN_CERTIFICATE_COUNTER.CERT_YEAR,
                        TRN_CERTIFICATE_COUNTER.LAST_NUMBER).values(year, next).execute();
            } else {
                tx.update(TRN_CERTIFICATE_COUNTER).set(TRN_CERTIFICATE_COUNTER.LAST_NUMBER, next)
                        .where(TRN_CERTIFICATE_COUNTER.CERT_YEAR.eq(year)).execute();
            }
            TrnCertificateRecord row = tx.newRecord(TRN_CERTIFICATE);
            row.setRegistrationId(registration.id());
            row.setCertNumber(TrainingRows.cut(numbering.apply(next), 80));
            row.setIssuedOn(date);
            row.setIssuedBy(TrainingRows.cut(issuedBy, 200));
            row.store();
            audit.created(tx, row, row.getId(), row.getCertNumber());
            return TrainingRows.certificate(row);
        });
    }

    @Override
    public Optional<Certificate> certificate(String number) {
        return dsl.selectFrom(TRN_CERTIFICATE)
                .where(DSL.upper(TRN_CERTIFICATE.CERT_NUMBER).eq(number.toUpperCase(Locale.ROOT))).fetchOptional()
                .map(TrainingRows::certificate);
    }

    @Override
    public List<Certificate> certificatesOf(List<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(TRN_CERTIFICATE).where(TRN_CERTIFICATE.REGISTRATION_ID.in(registrationIds))
                .orderBy(TRN_CERTIFICATE.ID).fetch(TrainingRows::certificate);
    }

    @Override
    public String databaseId() {
        return new DatabaseIdentity(dsl).identifier();
    }
}
