package id.jalin.training.domain;

import static id.jalin.training.domain.Events.DAY;
import static id.jalin.training.domain.Events.guest;
import static id.jalin.training.domain.Events.open;
import static id.jalin.training.domain.Events.session;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.Validation;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules an event, a session and a fee keep, each reason a bundle key on its field. */
class TrainingRulesTest {
    private static final Map<Long, TrainingMember> REGISTER = Map.of(7L, new TrainingMember(7, "UPI", "Perpustakaan UPI",
            true));

    @Test
    void aWellFormedEventPasses() {
        assertThat(TrainingRules.event(open(30, 3), REGISTER).isValid()).isTrue();
    }

    @Test
    void anEventEndingBeforeItStartsIsRefused() {
        TrainingEvent event = open(30, null);
        TrainingEvent backwards = new TrainingEvent(null, event.kind(), event.titleId(), "", 7, "Aula", DAY,
                DAY.minusDays(1), DAY.minusDays(2), 30, null, Money.ZERO, "", "", "", "", 100, null, 0);
        assertThat(keys(TrainingRules.event(backwards, REGISTER))).containsExactly("endsOn:training.error.endBeforeStart");
    }

    @Test
    void missingAndOutOfRangeFieldsSayWhich() {
        TrainingEvent bad = new TrainingEvent(null, null, " ", "", 99, "", DAY, DAY, DAY.plusDays(1), 0, 0,
                Money.of(-1), "", "", "", "bukan-surel", 0, null, 0);
        assertThat(keys(TrainingRules.event(bad, REGISTER))).containsExactly("titleId:training.error.title",
                "host:training.error.host", "venue:training.error.venue",
                "registrationDeadline:training.error.deadlineAfterEnd", "capacity:training.error.capacity",
                "memberQuota:training.error.quota", "fee:training.error.fee", "contactEmail:training.error.email",
                "attendancePercent:training.error.attendancePercent");
    }

    @Test
    void aSessionOutsideTheEventsDaysOrEndingBeforeItStartsIsRefused() {
        TrainingEvent event = open(30, null);
        assertThat(TrainingRules.session(session(1, DAY.plusDays(1)), event).isValid()).isTrue();
        assertThat(keys(TrainingRules.session(session(1, DAY.plusDays(2)), event)))
                .containsExactly("heldOn:training.error.sessionOutside");
        TrainingSession backwards = new TrainingSession(null, 1, DAY, LocalTime.of(13, 0), LocalTime.of(12, 0),
                "Katalogisasi", "", 0);
        assertThat(keys(TrainingRules.session(backwards, event))).containsExactly("endsAt:training.error.endBeforeStart");
        TrainingSession sameTime = new TrainingSession(null, 1, DAY, LocalTime.NOON, LocalTime.NOON, "Katalogisasi",
                "", 0);
        assertThat(keys(TrainingRules.session(sameTime, event))).containsExactly("endsAt:training.error.endBeforeStart");
    }

    @Test
    void aChangedEventKeepsItsSessionsInsideAndSeatsForThoseHoldingThem() {
        TrainingEvent narrowed = open(1, null);
        List<TrainingSession> sessions = List.of(session(1, DAY), session(2, DAY.plusDays(1)));
        List<Registration> registered = List.of(guest(1, "Ani", null, RegistrationStatus.REGISTERED),
                guest(2, "Budi", null, RegistrationStatus.REGISTERED),
                guest(3, "Citra", null, RegistrationStatus.CANCELLED));
        TrainingEvent oneDay = new TrainingEvent(1L, narrowed.kind(), narrowed.titleId(), "", 7, "Aula", DAY, DAY,
                DAY, 1, null, Money.ZERO, "", "", "", "", 100, EventStatus.OPEN, 3);
        Validation validation = TrainingRules.eventAgainst(oneDay, sessions, registered);
        assertThat(keys(validation)).containsExactly("startsOn:training.error.sessionsOutside",
                "capacity:training.error.capacityBelowRegistered");
        assertThat(validation.errorFor("capacity").orElseThrow().args()).containsExactly(1, 2L);
    }

    @Test
    void aPaymentNeedsItsDayAndReceiptAndNoMoreThanDue() {
        assertThat(TrainingRules.fee(Fee.due(Money.of(100_000)), DAY).isValid()).isTrue();
        assertThat(keys(TrainingRules.fee(new Fee(Money.of(100_000), Money.of(100_000), null, ""), DAY)))
                .containsExactly("paidOn:training.error.paidOn", "receiptNumber:training.error.receiptNumber");
        assertThat(keys(TrainingRules.fee(new Fee(Money.of(100_000), Money.of(150_000), DAY.plusDays(1), "KW-1"),
                DAY))).containsExactly("paid:training.error.paidMoreThanDue", "paidOn:training.error.paidOnFuture");
    }

    @Test
    void theFeeSummaryCountsThoseHoldingAPlace() {
        Registration paid = guest(1, "Ani", null, RegistrationStatus.REGISTERED)
                .withFee(new Fee(Money.of(150_000), Money.of(150_000), DAY, "KW-1"));
        Registration half = guest(2, "Budi", null, RegistrationStatus.REGISTERED)
                .withFee(new Fee(Money.of(150_000), Money.of(50_000), DAY, "KW-2"));
        Registration waiting = guest(3, "Citra", null, RegistrationStatus.WAITING);
        FeeSummary summary = FeeSummary.of(List.of(paid, half, waiting));
        assertThat(summary).isEqualTo(new FeeSummary(2, Money.of(300_000), Money.of(200_000), Money.of(100_000), 1));
        assertThat(summary.unsettled()).isEqualTo(1);
    }

    private static List<String> keys(Validation validation) {
        return validation.errors().stream().map(TrainingRulesTest::key).toList();
    }

    private static String key(FieldError error) {
        return error.field() + ":" + error.messageKey();
    }
}
