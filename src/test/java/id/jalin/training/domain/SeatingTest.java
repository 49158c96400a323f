package id.jalin.training.domain;

import static id.jalin.training.domain.Events.DAY;
import static id.jalin.training.domain.Events.draft;
import static id.jalin.training.domain.Events.guest;
import static id.jalin.training.domain.Events.open;
import static id.jalin.training.domain.Events.state;
import static id.jalin.training.domain.RegistrationStatus.CANCELLED;
import static id.jalin.training.domain.RegistrationStatus.REGISTERED;
import static id.jalin.training.domain.RegistrationStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.validation.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seats, the waiting list in order, quotas, the deadline and the same person twice, on values alone. */
class SeatingTest {
    private static final LocalDate BEFORE_DEADLINE = DAY.minusDays(5);

    @Test
    void participantsTakeSeatsUntilTheCapacityThenWaitInOrder() {
        TrainingEvent event = open(2, null);
        Registration ani = guest(1, "Ani", null, REGISTERED);
        assertThat(Seating.place(draft("Budi", null), state(event, ani), BEFORE_DEADLINE).status())
                .isEqualTo(REGISTERED);
        Registration budi = guest(2, "Budi", null, REGISTERED);
        assertThat(Seating.place(draft("Citra", null), state(event, ani, budi), BEFORE_DEADLINE).status())
                .isEqualTo(WAITING);
    }

    @Test
    void nobodyJumpsTheWaitingListWhenASeatIsFreeButPeopleWait() {
        TrainingEvent event = open(2, null);
        EventState state = state(event, guest(1, "Ani", null, REGISTERED), guest(2, "Budi", null, CANCELLED),
                guest(3, "Citra", null, WAITING));
        assertThat(Seating.place(draft("Dedi", null), state, BEFORE_DEADLINE).status()).isEqualTo(WAITING);
    }

    @Test
    void aFullEventPutsEveryoneOnTheWaitingList() {
        TrainingEvent full = open(20, null).withStatus(EventStatus.FULL);
        assertThat(Seating.place(draft("Ani", null), state(full), BEFORE_DEADLINE).status()).isEqualTo(WAITING);
    }

    @Test
    void speakersAndCommitteeTakeNoSeatAndNeverWait() {
        TrainingEvent event = open(1, null).withStatus(EventStatus.CLOSED);
        Registration speaker = new Registration(null, 1, null, null, "Dr. Asep", "UPI", "", ParticipantRole.SPEAKER,
                null, "", "", null, null, 0);
        Registration placed = Seating.place(speaker, state(event, guest(1, "Ani", null, REGISTERED)),
                DAY.plusDays(1));
        assertThat(placed.status()).isEqualTo(REGISTERED);
        assertThat(Seating.seated(List.of(placed, guest(1, "Ani", null, REGISTERED)))).isEqualTo(1);
    }

    @Test
    void theFirstWaitingMovesUpWhenASeatIsFree() {
        TrainingEvent event = open(2, null);
        List<Registration> registrations = List.of(guest(1, "Ani", null, REGISTERED),
                guest(2, "Budi", null, CANCELLED), guest(3, "Citra", null, WAITING), guest(4, "Dedi", null, WAITING));
        assertThat(Seating.promotions(event, registrations)).extracting(Registration::name, Registration::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Citra", REGISTERED));
        assertThat(Seating.promotions(open(5, null), registrations)).extracting(Registration::name)
                .containsExactly("Citra", "Dedi");
        assertThat(Seating.promotions(open(5, null).withStatus(EventStatus.CANCELLED), registrations)).isEmpty();
    }

    @Test
    void aMembersQuotaCountsItsParticipantsWaitingOrNot() {
        TrainingEvent event = open(1, 2);
        EventState state = state(event, guest(1, "Ani", 5L, REGISTERED), guest(2, "Budi", 5L, WAITING),
                guest(3, "Citra", 5L, CANCELLED));
        assertThat(refusal(() -> Seating.place(draft("Dedi", 5L), state, BEFORE_DEADLINE)))
                .extracting(FieldError::messageKey).containsExactly("training.error.quotaReached");
        assertThat(Seating.place(draft("Dedi", 6L), state, BEFORE_DEADLINE).status()).isEqualTo(WAITING);
        assertThat(Seating.place(draft("Dedi", null), state, BEFORE_DEADLINE).status()).isEqualTo(WAITING);
    }

    @Test
    void theSamePersonTwiceIsRefusedUnlessTheFirstWasCancelled() {
        TrainingEvent event = open(10, null);
        EventState state = state(event, guest(1, "Ani", null, WAITING), guest(2, "Budi", null, CANCELLED));
        assertThat(refusal(() -> Seating.place(draft("Ani", null), state, BEFORE_DEADLINE)))
                .extracting(FieldError::messageKey).containsExactly("training.error.alreadyRegistered");
        // Budi cancelled and registers again: taken, behind Ani on the waiting list
        assertThat(Seating.place(draft("Budi", null), state, BEFORE_DEADLINE).status()).isEqualTo(WAITING);
    }

    @Test
    void afterTheDeadlineOrWhenNotOpenAParticipantIsRefused() {
        TrainingEvent event = open(10, null);
        assertThat(refusal(() -> Seating.place(draft("Ani", null), state(event), event.registrationDeadline()
                .plusDays(1)))).extracting(FieldError::messageKey).containsExactly("training.error.afterDeadline");
        assertThat(Seating.place(draft("Ani", null), state(event), event.registrationDeadline()).status())
                .isEqualTo(REGISTERED);
        assertThat(refusal(() -> Seating.place(draft("Ani", null), state(event.withStatus(EventStatus.PLANNED)),
                BEFORE_DEADLINE))).extracting(FieldError::messageKey).containsExactly("training.error.notOpen");
        assertThat(refusal(() -> Seating.place(draft("Ani", null), state(event.withStatus(EventStatus.HELD)),
                BEFORE_DEADLINE))).extracting(FieldError::messageKey).containsExactly("training.error.eventFinished");
    }

    @Test
    void aGuestIsKnownByEmailOrElseByNameAndInstitution() {
        Registration withEmail = draft("Ani", null);
        Registration sameEmailOtherSpelling = new Registration(null, 1, null, null, "ANI  S.", "Lain",
                "ANI@contoh.id", null, null, "", "", null, null, 0);
        assertThat(withEmail.personKey()).isEqualTo(sameEmailOtherSpelling.personKey());
        Registration noEmail = new Registration(null, 1, null, null, "Ani  Suryani", "UPI", "", null, null, "", "",
                null, null, 0);
        Registration noEmailAgain = new Registration(null, 1, null, null, "ani suryani", " upi ", "", null, null, "",
                "", null, null, 0);
        assertThat(noEmail.personKey()).isEqualTo(noEmailAgain.personKey()).isNotEqualTo(withEmail.personKey());
    }

    private static List<FieldError> refusal(Runnable placing) {
        return ((TrainingRefusal) org.assertj.core.api.Assertions.catchThrowable(placing::run)).validation().errors();
    }

    @Test
    void refusalIsADomainExceptionCarryingBundleKeys() {
        assertThatThrownBy(() -> Seating.place(draft("Ani", null), state(open(1, null).withStatus(
                EventStatus.PLANNED)), BEFORE_DEADLINE)).isInstanceOf(TrainingRefusal.class);
    }
}
