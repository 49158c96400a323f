package id.jalin.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.Optional;
import java.util.stream.Stream;

class ForumSettingsServiceTest {
    private final InMemoryForumSettingsRepository repository = new InMemoryForumSettingsRepository();

    private ForumSettingsService as(Actor actor) {
        return new ForumSettingsService(repository, new Permissions(CurrentActor.of(actor)));
    }

    @Test
    void theCoordinatorChangesTheFeeAndYearEndForEveryDesk() {
        ForumSettingsService service = as(TestActors.COORDINATOR);

        SaveResult<ForumSettings> outcome = service.save(service.settings().with(Money.of(30_000), MonthDay.of(6, 30)));

        assertThat(outcome.isSaved()).isTrue();
        assertThat(as(TestActors.READ_ONLY).settings()).isEqualTo(new ForumSettings(1, Money.of(30_000),
                MonthDay.of(6, 30)));
    }

    static Stream<Actor> everyoneButTheCoordinator() {
        return Stream.of(TestActors.SECRETARY, TestActors.staffOf(7), TestActors.READ_ONLY);
    }

    @ParameterizedTest
    @MethodSource("everyoneButTheCoordinator")
    void noOtherRoleMayChangeThem(Actor actor) {
        ForumSettingsService service = as(actor);

        assertThatThrownBy(() -> service.save(service.settings().with(Money.of(1), MonthDay.of(1, 31))))
                .isInstanceOf(NotPermittedException.class);
        assertThat(repository.saves()).isZero();
        assertThat(service.settings()).isEqualTo(ForumSettings.defaults());
    }

    @Test
    void aFeeAboveTenMillionIsATypingSlipAndRefusedOnTheFeeField() {
        ForumSettingsService service = as(TestActors.COORDINATOR);

        SaveResult<ForumSettings> outcome = service.save(service.settings().with(Money.of(250_000_000),
                MonthDay.of(8, 31)));

        assertThat(outcome).isInstanceOfSatisfying(SaveResult.Invalid.class, invalid ->
                assertThat(invalid.validation().errors()).extracting(FieldError::field).containsExactly("cardFee"));
        assertThat(repository.saves()).isZero();
    }

    @Test
    void aSaveFromSettingsAnotherDeskChangedMeanwhileIsStaleAndOverwritesNothing() {
        ForumSettingsService here = as(TestActors.COORDINATOR);
        ForumSettings openedHere = here.settings();
        here.save(openedHere.with(Money.of(40_000), MonthDay.of(8, 31)));

        SaveResult<ForumSettings> outcome = here.save(openedHere.with(Money.of(20_000), MonthDay.of(8, 31)));

        assertThat(outcome).isInstanceOf(SaveResult.Stale.class);
        assertThat(here.settings().cardFee()).isEqualTo(Money.of(40_000));
    }

    @Test
    void aWorkstationsOwnValuesAreCarriedOverIntoUntouchedSettingsWhoeverStarts() {
        Optional<ForumSettings> carried = as(TestActors.READ_ONLY)
                .carryOverFromWorkstation(Money.of(35_000), MonthDay.of(7, 31));

        assertThat(carried).contains(new ForumSettings(1, Money.of(35_000), MonthDay.of(7, 31)));
    }

    @Test
    void settingsTheForumAlreadyChangedAreNotOverwrittenByAWorkstationsOldValues() {
        ForumSettingsService service = as(TestActors.COORDINATOR);
        service.save(service.settings().with(Money.of(25_000), MonthDay.of(9, 30)));

        assertThat(service.carryOverFromWorkstation(Money.of(35_000), MonthDay.of(7, 31))).isEmpty();
        assertThat(service.settings().academicYearEnd()).isEqualTo(MonthDay.of(9, 30));
        assertThat(service.settings().cardFee()).isEqualTo(Money.of(25_000));
    }

    @Test
    void theDefaultsCarriedOverChangeNothing() {
        assertThat(as(TestActors.COORDINATOR).carryOverFromWorkstation(ForumSettings.DEFAULT_CARD_FEE,
                ForumSettings.DEFAULT_YEAR_END)).isEmpty();
        assertThat(repository.saves()).isZero();
    }

    @Test
    void twoDesksCarryingOverAtOnceLeaveTheFirstDesksValuesAndTheSecondStartGoesOn() {
        ForumSettingsRepository racing = new ForumSettingsRepository() {
            @Override
            public ForumSettings load() {
                return ForumSettings.defaults();
            }

            @Override
            public ForumSettings save(ForumSettings settings) {
                throw new id.jalin.kernel.concurrency.StaleRecordException("forum settings");
            }
        };
        ForumSettingsService second = new ForumSettingsService(racing, new Permissions(TestActors.AS_COORDINATOR));

        assertThat(second.carryOverFromWorkstation(Money.of(35_000), MonthDay.of(7, 31))).isEmpty();
    }
}
