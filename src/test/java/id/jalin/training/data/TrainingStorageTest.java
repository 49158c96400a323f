package id.jalin.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.AuditFilter;
import id.jalin.kernel.audit.AuditSort;
import id.jalin.kernel.audit.JooqAuditLog;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.training.domain.AttendedEvent;
import id.jalin.training.domain.Cancellation;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.EventFilter;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.EventListing;
import id.jalin.training.domain.EventSort;
import id.jalin.training.domain.EventStatus;
import id.jalin.training.domain.Fee;
import id.jalin.training.domain.FeeSummary;
import id.jalin.training.domain.IssuedCertificate;
import id.jalin.training.domain.ParticipantRole;
import id.jalin.training.domain.Registrant;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.RegistrationStatus;
import id.jalin.training.domain.ScanResult;
import id.jalin.training.domain.Standing;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingMember;
import id.jalin.training.domain.TrainingMembers;
import id.jalin.training.domain.TrainingService;
import id.jalin.training.domain.TrainingSession;
import id.jalin.training.domain.TrainingStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Training events stored on H2 and on PostgreSQL through the service: seats and the waiting list with promotion on
 * cancel, quotas, refusals that store nothing, fees, attendance ticked and scanned, certificates numbered once from
 * the year's series and found again by number, a member's staff's events, the lists paged and filtered in the
 * database, and the audit trail.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class TrainingStorageTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Parameter
    Kind kind;

    private Database database;
    private long upi;
    private long itb;
    private final AtomicReference<Actor> acting = new AtomicReference<>(TestActors.COORDINATOR);
    private TrainingService training;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        upi = members.save(new Member(Libraries.library("UPI", "Perpustakaan UPI"), List.of())).library().id();
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        List<TrainingMember> register = List.of(new TrainingMember(itb, "ITB", "Perpustakaan ITB", true),
                new TrainingMember(upi, "UPI", "Perpustakaan UPI", true));
        TrainingMembers registerWithStaff = new TrainingMembers() {
            @Override
            public List<TrainingMember> all() {
                return register;
            }

            @Override
            public List<TrainingStaff> staff(long memberId) {
                return memberId == itb ? List.of(new TrainingStaff(501, itb, "Andi Wijaya", "Pustakawan",
                        "andi@itb.ac.id"), new TrainingStaff(502, itb, "Bunga Lestari", "Pustakawan", "")) : List.of();
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), JAKARTA);
        training = new TrainingService(new JooqTrainingRepository(database.dsl(), TestAudit.TRAIL),
                registerWithStaff, () -> "FPPTI-JABAR", clock, new Permissions(acting::get));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private TrainingEvent openEvent(String title, int capacity, Integer quota) {
        TrainingEvent event = saved(training.createEvent(TrainingEvent.planned(EventKind.WORKSHOP, title,
                title + " (EN)", upi, "Aula UPI", TODAY, TODAY.plusDays(1), TODAY, capacity, quota,
                Money.of(150_000), "Makan siang", "Rina", "0812", "rina@upi.edu")));
        saved(training.addSession(TrainingSession.of(event.id(), TODAY, LocalTime.of(9, 0), LocalTime.of(12, 0),
                "Dasar RDA", "Dr. Asep")));
        saved(training.addSession(TrainingSession.of(event.id(), TODAY, LocalTime.of(13, 0), LocalTime.of(15, 30),
                "Praktik RDA", "Dr. Asep")));
        return saved(training.move(event, EventStatus.OPEN));
    }

    private Registration guest(TrainingEvent event, String name, Long member) {
        return saved(training.register(event.id(), new Registrant.Guest(name, member == null ? "Umum" : "Anggota",
                name.toLowerCase().replace(' ', '.') + "@contoh.id", member), ParticipantRole.PARTICIPANT, ""));
    }

    @Test
    void theStartScreenFindsEventsComingUpAndThoseLeftUnmarkedInTheDatabase() {
        TrainingService monthAgo = training.withClock(Clock.fixed(Instant.parse("2026-11-01T03:00:00Z"), JAKARTA));
        TrainingEvent past = saved(monthAgo.createEvent(TrainingEvent.planned(EventKind.SEMINAR, "Seminar lalu", "",
                upi, "Aula UPI", TODAY.minusDays(10), TODAY.minusDays(10), TODAY.minusDays(12), 20, null, Money.ZERO,
                "", "Rina", "0812", "rina@upi.edu")));
        TrainingEvent today = openEvent("Lokakarya RDA", 20, null);
        saved(training.createEvent(TrainingEvent.planned(EventKind.TRAINING, "Pelatihan jauh", "", upi, "Aula UPI",
                TODAY.plusDays(40), TODAY.plusDays(40), TODAY.plusDays(30), 20, null, Money.ZERO, "", "Rina", "0812",
                "rina@upi.edu")));

        assertThat(training.reminders(100)).extracting(reminder -> reminder.kind() + " " + reminder.event().titleId()
                + " " + reminder.date()).containsExactly(
                "NOT_MARKED_HELD Seminar lalu " + TODAY.minusDays(10),
                "REGISTRATION_CLOSES Lokakarya RDA " + TODAY,
                "STARTS_SOON Lokakarya RDA " + TODAY);
        saved(training.move(training.event(today.id()).orElseThrow(), EventStatus.HELD));
        saved(training.move(training.event(past.id()).orElseThrow(), EventStatus.CANCELLED));
        assertThat(training.reminders(100)).isEmpty();
    }

    @Test
    void threeRegisterForTwoSeatsAndTheWaitingOneMovesUpWhenSomeoneCancels() {
        TrainingEvent event = openEvent("Lokakarya RDA", 2, null);
        Registration ani = guest(event, "Ani", null);
        Registration budi = guest(event, "Budi", null);
        Registration citra = guest(event, "Citra", null);
        Registration dedi = guest(event, "Dedi", null);
        assertThat(List.of(ani, budi, citra, dedi)).extracting(Registration::status).containsExactly(
                RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED, RegistrationStatus.WAITING,
                RegistrationStatus.WAITING);
        assertThat(training.waitingList(event.id())).extracting(Registration::name).containsExactly("Citra", "Dedi");

        Cancellation cancelled = saved(training.cancel(ani));
        assertThat(cancelled.cancelled().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(cancelled.promoted()).extracting(Registration::name).containsExactly("Citra");
        assertThat(training.registration(citra.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(training.waitingList(event.id())).extracting(Registration::name).containsExactly("Dedi");

        // cancelling from the waiting list frees no seat
        assertThat(saved(training.cancel(training.registration(dedi.id()).orElseThrow())).promoted()).isEmpty();
        Page<EventListing> page = training.events(EventFilter.all(), PageRequest.first(EventSort.STARTS));
        assertThat(page.rows()).extracting(EventListing::registered, EventListing::waiting)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 0));
    }

    @Test
    void raisingTheCapacityMovesTheWaitingListUpAndLoweringItBelowTheSeatedIsRefused() {
        TrainingEvent event = openEvent("Lokakarya RDA", 1, null);
        guest(event, "Ani", null);
        Registration budi = guest(event, "Budi", null);
        assertThat(budi.status()).isEqualTo(RegistrationStatus.WAITING);
        event = training.event(event.id()).orElseThrow();
        TrainingEvent raised = withCapacity(event, 2);
        saved(training.saveEvent(raised));
        assertThat(training.registration(budi.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);

        TrainingEvent lowered = withCapacity(training.event(event.id()).orElseThrow(), 1);
        assertThat(reasons(training.saveEvent(lowered))).extracting(FieldError::messageKey)
                .containsExactly("training.error.capacityBelowRegistered");
        assertThat(training.event(event.id()).orElseThrow().capacity()).isEqualTo(2);
        // the stale check: the event read before the raise
        assertThat(training.saveEvent(raised)).isInstanceOf(SaveResult.Stale.class);
    }

    @Test
    void aMembersQuotaTheDeadlineAndTheSamePersonTwiceAreRefusedWithTheirReasons() {
        TrainingEvent event = openEvent("Seminar literasi", 10, 2);
        guest(event, "Ani", itb);
        saved(training.register(event.id(), new Registrant.Staff(itb, 501), ParticipantRole.PARTICIPANT, ""));
        assertThat(reasons(training.register(event.id(), new Registrant.Staff(itb, 502),
                ParticipantRole.PARTICIPANT, ""))).extracting(FieldError::messageKey)
                .containsExactly("training.error.quotaReached");
        assertThat(reasons(training.register(event.id(), new Registrant.Guest("ANI", "Lain", "ani@contoh.id", null),
                ParticipantRole.PARTICIPANT, ""))).extracting(FieldError::messageKey)
                .containsExactly("training.error.alreadyRegistered");
        TrainingService tomorrow = training.withClock(Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), JAKARTA));
        assertThat(reasons(tomorrow.register(event.id(), new Registrant.Guest("Eka", "Umum", "", null),
                ParticipantRole.PARTICIPANT, ""))).extracting(FieldError::messageKey)
                .containsExactly("training.error.afterDeadline");
        // a speaker is the host's to add, takes no seat and no quota
        Registration speaker = saved(tomorrow.register(event.id(), new Registrant.Guest("Dr. Asep", "UPI", "", itb),
                ParticipantRole.SPEAKER, ""));
        assertThat(speaker.fee().due()).isEqualTo(Money.ZERO);
        assertThat(training.registrations(event.id())).hasSize(3);
        Registration staff = training.registrations(event.id()).get(1);
        assertThat(staff.name()).isEqualTo("Andi Wijaya");
        assertThat(staff.institution()).isEqualTo("Perpustakaan ITB");
        assertThat(staff.fee().due()).isEqualTo(Money.of(150_000));
    }

    @Test
    void sessionsOutsideTheDaysOrEndingBeforeTheyStartStoreNothing() {
        TrainingEvent event = openEvent("Lokakarya RDA", 10, null);
        assertThat(reasons(training.addSession(TrainingSession.of(event.id(), TODAY.plusDays(5), LocalTime.of(9, 0),
                LocalTime.of(10, 0), "Kunjungan", "")))).extracting(FieldError::messageKey)
                .containsExactly("training.error.sessionOutside");
        assertThat(reasons(training.addSession(TrainingSession.of(event.id(), TODAY, LocalTime.of(10, 0),
                LocalTime.of(9, 0), "Kunjungan", "")))).extracting(FieldError::messageKey)
                .containsExactly("training.error.endBeforeStart");
        assertThat(training.sessions(event.id())).hasSize(2);
        TrainingEvent shortened = new TrainingEvent(event.id(), event.kind(), event.titleId(), event.titleEn(),
                event.hostId(), event.venue(), TODAY.plusDays(1), TODAY.plusDays(1), TODAY, event.capacity(),
                event.memberQuota(), event.fee(), event.feeCovers(), event.contactName(), event.contactPhone(),
                event.contactEmail(), event.attendancePercent(), event.status(), event.version());
        assertThat(reasons(training.saveEvent(shortened))).extracting(FieldError::messageKey)
                .containsExactly("training.error.sessionsOutside");
    }

    @Test
    void feesAreRecordedAndSummedPerEvent() {
        TrainingEvent event = openEvent("Lokakarya RDA", 10, null);
        Registration ani = guest(event, "Ani", null);
        guest(event, "Budi", null);
        saved(training.recordFee(ani, new Fee(Money.of(150_000), Money.of(150_000), TODAY, "KW-001")));
        assertThat(reasons(training.recordFee(training.registration(ani.id()).orElseThrow(),
                new Fee(Money.of(150_000), Money.of(200_000), TODAY, "KW-001")))).extracting(FieldError::messageKey)
                .containsExactly("training.error.paidMoreThanDue");
        assertThat(training.registration(ani.id()).orElseThrow().fee().receiptNumber()).isEqualTo("KW-001");
        assertThat(training.feeSummary(event.id())).isEqualTo(new FeeSummary(2, Money.of(300_000),
                Money.of(150_000), Money.of(150_000), 1));
    }

    @Test
    void attendanceIsTickedOrScannedAndCertificatesGoOnlyToThoseWhoMetTheRule() {
        TrainingEvent event = openEvent("Lokakarya RDA", 10, null);
        Registration ani = guest(event, "Ani", null);
        Registration budi = saved(training.register(event.id(), new Registrant.Guest("Budi", "Umum", "", null),
                ParticipantRole.PARTICIPANT, "1234-5678"));
        List<TrainingSession> sessions = training.sessions(event.id());
        assertThat(ani.badgeCode()).matches("JT\\d{8}");

        ScanResult scanned = saved(training.recordScan(sessions.get(0).id(), " " + ani.badgeCode().toLowerCase()));
        assertThat(scanned.registration().name()).isEqualTo("Ani");
        assertThat(scanned.alreadyRecorded()).isFalse();
        assertThat(saved(training.recordScan(sessions.get(0).id(), ani.badgeCode())).alreadyRecorded()).isTrue();
        assertThat(saved(training.recordScan(sessions.get(1).id(), "1234-5678")).registration().name())
                .isEqualTo("Budi");
        assertThat(reasons(training.recordScan(sessions.get(1).id(), "JT99999999"))).extracting(FieldError::messageKey)
                .containsExactly("training.error.scanUnknown");
        assertThat(saved(training.setAttended(sessions.get(1).id(), ani.id(), true))).isTrue();
        assertThat(saved(training.setAttended(sessions.get(1).id(), budi.id(), false))).isTrue();
        assertThat(saved(training.setAttended(sessions.get(1).id(), budi.id(), true))).isTrue();
        assertThat(saved(training.setAttended(sessions.get(1).id(), budi.id(), true))).isFalse();

        assertThat(reasons(training.issueCertificate(ani.id()))).extracting(FieldError::messageKey)
                .containsExactly("training.error.notHeld");
        saved(training.move(training.event(event.id()).orElseThrow(), EventStatus.HELD));
        assertThat(training.standings(event.id())).extracting(Standing::attended, Standing::qualifies)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true),
                        org.assertj.core.groups.Tuple.tuple(1, false));
        SaveResult<IssuedCertificate> refused = training.issueCertificate(budi.id());
        assertThat(reasons(refused)).extracting(FieldError::messageKey).containsExactly("training.error.ruleNotMet");
        assertThat(reasons(refused).get(0).args()).containsExactly("Budi", 1, 2, 2, 100);
        String message = new Messages(Language.ENGLISH).get(reasons(refused).get(0).messageKey(),
                reasons(refused).get(0).args().toArray());
        assertThat(message).isEqualTo("Budi attended 1 of 2 sessions; the certificate needs 2 (100%).");

        IssuedCertificate certificate = saved(training.issueCertificate(ani.id()));
        assertThat(certificate.number()).isEqualTo("001/SERT/FPPTI-JABAR/XII/2026");
        assertThat(certificate.totalTime()).isEqualTo(Duration.ofMinutes(330));
        assertThat(saved(training.issueCertificate(ani.id())).number()).isEqualTo(certificate.number());

        // a 50 % rule set before the event was held would have qualified Budi too: the batch issues the rest
        TrainingEvent second = openEvent("Seminar literasi", 10, null);
        second = saved(training.saveEvent(second.withAttendancePercent(50)));
        Registration citra = guest(second, "Citra", itb);
        saved(training.setAttended(training.sessions(second.id()).get(0).id(), citra.id(), true));
        saved(training.move(training.event(second.id()).orElseThrow(), EventStatus.HELD));
        List<IssuedCertificate> batch = saved(training.issueCertificates(second.id()));
        assertThat(batch).extracting(IssuedCertificate::number).containsExactly("002/SERT/FPPTI-JABAR/XII/2026");

        IssuedCertificate checked = training.verify(" 001/sert/fppti-jabar/xii/2026 ").orElseThrow();
        assertThat(checked.personName()).isEqualTo("Ani");
        assertThat(checked.titleId()).isEqualTo("Lokakarya RDA");
        assertThat(checked.role()).isEqualTo(ParticipantRole.PARTICIPANT);
        assertThat(checked.startsOn()).isEqualTo(TODAY);
        assertThat(training.verify("003/SERT/FPPTI-JABAR/XII/2026")).isEmpty();

        List<AttendedEvent> itbStaff = training.attendedBy(itb);
        assertThat(itbStaff).extracting(AttendedEvent::titleId, AttendedEvent::personName,
                AttendedEvent::certificateNumber).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "Seminar literasi", "Citra", "002/SERT/FPPTI-JABAR/XII/2026"));
        assertThat(reasons(training.cancel(training.registration(ani.id()).orElseThrow())))
                .extracting(FieldError::messageKey).containsExactly("training.error.cancelCertified");
    }

    @Test
    void listsAreFilteredSortedAndPagedInTheDatabaseAndTheMonthHoldsItsEvents() {
        TrainingEvent workshop = openEvent("Lokakarya RDA", 10, null);
        saved(training.createEvent(TrainingEvent.planned(EventKind.SEMINAR, "Seminar literasi informasi",
                "Information literacy seminar", itb, "Aula ITB", TODAY.plusMonths(1), TODAY.plusMonths(1),
                TODAY.plusDays(20), 100, null, Money.ZERO, "", "", "", "")));
        saved(training.createEvent(TrainingEvent.planned(EventKind.STUDY_VISIT, "Studi banding ke Perpusnas",
                "", upi, "Jakarta", TODAY.plusMonths(2), TODAY.plusMonths(2), TODAY.plusMonths(1), 20, null,
                Money.of(500_000), "Bus", "", "", "")));
        assertThat(training.events(new EventFilter(Set.of(EventKind.SEMINAR, EventKind.WORKSHOP), Set.of(), null,
                null, null, ""), PageRequest.first(EventSort.TITLE)).rows())
                .extracting(listing -> listing.event().titleId())
                .containsExactly("Lokakarya RDA", "Seminar literasi informasi");
        assertThat(training.events(new EventFilter(Set.of(), Set.of(EventStatus.PLANNED), null, null, upi, ""),
                PageRequest.first(EventSort.STARTS)).rows()).extracting(listing -> listing.event().titleId())
                .containsExactly("Studi banding ke Perpusnas");
        assertThat(training.events(new EventFilter(Set.of(), Set.of(), TODAY.plusDays(10), TODAY.plusDays(40), null,
                "literacy"), PageRequest.first(EventSort.STARTS)).rows()).hasSize(1);
        Page<EventListing> second = training.events(EventFilter.all(),
                new PageRequest<>(1, 1, EventSort.STARTS, SortDirection.DESCENDING, ""));
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.rows()).extracting(listing -> listing.event().titleId())
                .containsExactly("Seminar literasi informasi");
        List<EventDetail> december = training.month(YearMonth.of(2026, 12));
        assertThat(december).extracting(detail -> detail.event().id()).containsExactly(workshop.id());
        assertThat(december.get(0).sessions()).extracting(TrainingSession::topic)
                .containsExactly("Dasar RDA", "Praktik RDA");
        String ics = training.calendar(TODAY, TODAY.plusMonths(3), new Messages(Language.INDONESIAN));
        assertThat(biweekly.Biweekly.parse(ics).first().getEvents()).hasSize(4);
    }

    @Test
    void onlyTheHostsStaffManageTheEventAndAMembersStaffRegisterTheirOwnPeople() {
        TrainingEvent event = openEvent("Lokakarya RDA", 10, null);
        acting.set(TestActors.staffOf(itb));
        assertThatThrownBy(() -> training.move(event, EventStatus.CLOSED)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> training.register(event.id(), new Registrant.Guest("Eka", "Umum", "", null),
                ParticipantRole.PARTICIPANT, "")).isInstanceOf(NotPermittedException.class);
        Registration own = saved(training.register(event.id(), new Registrant.Staff(itb, 501),
                ParticipantRole.PARTICIPANT, ""));
        saved(training.cancel(own));
        assertThat(training.registrations(event.id())).extracting(Registration::status)
                .containsExactly(RegistrationStatus.CANCELLED);
    }

    @Test
    void writesLeaveTheirTraceInTheAuditTrail() {
        TrainingEvent event = openEvent("Lokakarya RDA", 10, null);
        Registration ani = guest(event, "Ani", null);
        saved(training.setAttended(training.sessions(event.id()).get(0).id(), ani.id(), true));
        var log = new JooqAuditLog(database.dsl());
        var entries = log.page(new AuditFilter(null, null, null, "training", null, null),
                new PageRequest<>(0, 100, AuditSort.TIME, SortDirection.ASCENDING, "")).rows();
        assertThat(entries).extracting(entry -> entry.table()).contains("trn_event", "trn_session",
                "trn_registration", "trn_attendance");
    }

    private static TrainingEvent withCapacity(TrainingEvent event, int capacity) {
        return new TrainingEvent(event.id(), event.kind(), event.titleId(), event.titleEn(), event.hostId(),
                event.venue(), event.startsOn(), event.endsOn(), event.registrationDeadline(), capacity,
                event.memberQuota(), event.fee(), event.feeCovers(), event.contactName(), event.contactPhone(),
                event.contactEmail(), event.attendancePercent(), event.status(), event.version());
    }

    private static <T> T saved(SaveResult<T> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }

    private static List<FieldError> reasons(SaveResult<?> result) {
        assertThat(result).isInstanceOf(SaveResult.Invalid.class);
        return ((SaveResult.Invalid<?>) result).validation().errors();
    }
}
