package id.jalin.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which events the start screen points to, and on which day. */
class TrainingReminderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static TrainingEvent event(EventStatus status, LocalDate starts, LocalDate ends, LocalDate deadline) {
        TrainingEvent open = Events.open(20, null);
        return new TrainingEvent(open.id(), open.kind(), open.titleId(), open.titleEn(), open.hostId(), open.venue(),
                starts, ends, deadline, open.capacity(), open.memberQuota(), open.fee(), open.feeCovers(),
                open.contactName(), open.contactPhone(), open.contactEmail(), open.attendancePercent(), status,
                open.version());
    }

    @Test
    void anOpenEventSoonIsRemindedOfItsDeadlineAndItsStart() {
        TrainingEvent soon = event(EventStatus.OPEN, TODAY.plusDays(12), TODAY.plusDays(13), TODAY.plusDays(5));

        assertThat(TrainingReminder.of(List.of(soon), TODAY)).containsExactly(
                new TrainingReminder(TrainingReminder.Kind.REGISTRATION_CLOSES, soon, TODAY.plusDays(5)),
                new TrainingReminder(TrainingReminder.Kind.STARTS_SOON, soon, TODAY.plusDays(12)));
    }

    @Test
    void theWindowsEndWhereTheySay() {
        TrainingEvent lastDayShown = event(EventStatus.OPEN, TODAY.plusDays(30), TODAY.plusDays(30),
                TODAY.plusDays(14));
        TrainingEvent tooFar = event(EventStatus.OPEN, TODAY.plusDays(31), TODAY.plusDays(31), TODAY.plusDays(15));

        assertThat(TrainingReminder.of(List.of(lastDayShown), TODAY)).extracting(TrainingReminder::kind)
                .containsExactly(TrainingReminder.Kind.REGISTRATION_CLOSES, TrainingReminder.Kind.STARTS_SOON);
        assertThat(TrainingReminder.of(List.of(tooFar), TODAY)).isEmpty();
    }

    @Test
    void aPlannedOrClosedEventHasNoDeadlineToRemindOfButStillItsStart() {
        for (EventStatus status : List.of(EventStatus.PLANNED, EventStatus.CLOSED)) {
            TrainingEvent event = event(status, TODAY.plusDays(3), TODAY.plusDays(3), TODAY.plusDays(1));

            assertThat(TrainingReminder.of(List.of(event), TODAY)).as(status.name())
                    .extracting(TrainingReminder::kind).containsExactly(TrainingReminder.Kind.STARTS_SOON);
        }
    }

    @Test
    void anEventWhoseDaysAreOverButNotMarkedHeldIsLate() {
        TrainingEvent over = event(EventStatus.CLOSED, TODAY.minusDays(9), TODAY.minusDays(8), TODAY.minusDays(20));

        List<TrainingReminder> reminders = TrainingReminder.of(List.of(over), TODAY);

        assertThat(reminders).containsExactly(new TrainingReminder(TrainingReminder.Kind.NOT_MARKED_HELD, over,
                TODAY.minusDays(8)));
        assertThat(reminders.get(0).late()).isTrue();
    }

    @Test
    void anEventRunningTodayOrEndedOneWayOrTheOtherIsNotReminded() {
        TrainingEvent running = event(EventStatus.OPEN, TODAY.minusDays(1), TODAY.plusDays(1), TODAY.minusDays(5));
        TrainingEvent held = event(EventStatus.HELD, TODAY.minusDays(9), TODAY.minusDays(8), TODAY.minusDays(20));
        TrainingEvent cancelled = event(EventStatus.CANCELLED, TODAY.plusDays(3), TODAY.plusDays(3),
                TODAY.plusDays(1));

        assertThat(TrainingReminder.of(List.of(running, held, cancelled), TODAY)).isEmpty();
    }

    @Test
    void remindersComeEarliestFirst() {
        TrainingEvent later = event(EventStatus.PLANNED, TODAY.plusDays(20), TODAY.plusDays(20), null);
        TrainingEvent over = event(EventStatus.OPEN, TODAY.minusDays(2), TODAY.minusDays(2), TODAY.minusDays(4));

        assertThat(TrainingReminder.of(List.of(later, over), TODAY)).extracting(TrainingReminder::date)
                .containsExactly(TODAY.minusDays(2), TODAY.plusDays(20));
    }
}
