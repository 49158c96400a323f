package id.jalin.loan.domain;

import static id.jalin.loan.domain.LoanFixtures.FIRST;
import static id.jalin.loan.domain.LoanFixtures.NOW;
import static id.jalin.loan.domain.LoanFixtures.SECOND;
import static id.jalin.loan.domain.LoanFixtures.TODAY;
import static id.jalin.loan.domain.LoanFixtures.inState;
import static id.jalin.loan.domain.LoanFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every step from every state, on a loan and on a copy: taken where the table below allows it, refused with a reason
 * elsewhere. The table is written out here on its own, so a change in the rules has to change it knowingly.
 */
class LoanStateMachineTest {
    private static final Map<LoanAction, Set<LoanState>> ALLOWED = new EnumMap<>(LoanAction.class);

    static {
        ALLOWED.put(LoanAction.WILL_SUPPLY, EnumSet.of(LoanState.REQUESTED, LoanState.EXPECT_TO_SUPPLY));
        ALLOWED.put(LoanAction.EXPECT_TO_SUPPLY, EnumSet.of(LoanState.REQUESTED, LoanState.WILL_SUPPLY));
        ALLOWED.put(LoanAction.UNFILLED, EnumSet.of(LoanState.REQUESTED, LoanState.WILL_SUPPLY,
                LoanState.EXPECT_TO_SUPPLY));
        ALLOWED.put(LoanAction.RETRY_POSSIBLE, EnumSet.of(LoanState.REQUESTED));
        ALLOWED.put(LoanAction.ACCEPT_CONDITION, EnumSet.of(LoanState.RETRY_POSSIBLE));
        ALLOWED.put(LoanAction.DECLINE_CONDITION, EnumSet.of(LoanState.RETRY_POSSIBLE));
        ALLOWED.put(LoanAction.SHIP, EnumSet.of(LoanState.REQUESTED, LoanState.WILL_SUPPLY,
                LoanState.EXPECT_TO_SUPPLY));
        ALLOWED.put(LoanAction.DELIVER_COPY, EnumSet.of(LoanState.REQUESTED, LoanState.WILL_SUPPLY,
                LoanState.EXPECT_TO_SUPPLY));
        ALLOWED.put(LoanAction.RECEIVE, EnumSet.of(LoanState.SHIPPED));
        ALLOWED.put(LoanAction.CANCEL, EnumSet.of(LoanState.REQUESTED, LoanState.WILL_SUPPLY,
                LoanState.EXPECT_TO_SUPPLY, LoanState.RETRY_POSSIBLE));
        ALLOWED.put(LoanAction.ASK_RENEWAL, EnumSet.of(LoanState.RECEIVED));
        ALLOWED.put(LoanAction.GRANT_RENEWAL, EnumSet.of(LoanState.RENEWAL_ASKED));
        ALLOWED.put(LoanAction.REFUSE_RENEWAL, EnumSet.of(LoanState.RENEWAL_ASKED));
        ALLOWED.put(LoanAction.RECALL, EnumSet.of(LoanState.SHIPPED, LoanState.RECEIVED, LoanState.RENEWAL_ASKED));
        ALLOWED.put(LoanAction.SHIP_BACK, EnumSet.of(LoanState.RECEIVED, LoanState.RENEWAL_ASKED, LoanState.RECALLED));
        ALLOWED.put(LoanAction.CHECK_IN, EnumSet.of(LoanState.SHIPPED_BACK));
        ALLOWED.put(LoanAction.CLOSE, EnumSet.complementOf(EnumSet.of(LoanState.CHECKED_IN,
                LoanState.COPY_DELIVERED, LoanState.UNFILLED, LoanState.CANCELLED, LoanState.CLOSED)));
    }

    static Stream<Arguments> everyStepFromEveryState() {
        List<Arguments> all = new ArrayList<>();
        for (ServiceKind service : ServiceKind.values()) {
            for (LoanAction action : ALLOWED.keySet()) {
                for (LoanState state : LoanState.values()) {
                    all.add(Arguments.of(service, action, state));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} from {2}")
    @MethodSource("everyStepFromEveryState")
    void aStepIsTakenExactlyWhereTheRulesAllowIt(ServiceKind service, LoanAction action, LoanState state) {
        LoanRequest request = inState(state, service);
        LoanStep step = new LoanStep(action, "Alasan atau syarat", TODAY.plusDays(30));
        boolean fits = !(action == LoanAction.SHIP && service == ServiceKind.COPY)
                && !(action == LoanAction.DELIVER_COPY && service == ServiceKind.LOAN);
        boolean expected = ALLOWED.get(action).contains(state) && fits;

        LoanOutcome outcome = LoanStateMachine.take(request, step, rules(), NOW, "Staf ITB");

        assertThat(outcome instanceof LoanOutcome.Moved).as(outcome.toString()).isEqualTo(expected);
        if (outcome instanceof LoanOutcome.Refused refused) {
            assertThat(refused.messageKey()).startsWith("loan.refused.");
        }
        assertThat(LoanStateMachine.possible(request).contains(action)).isEqualTo(expected);
    }

    @Test
    void anUnfilledAnswerMovesTheRequestToTheNextLenderByItself() {
        LoanOutcome.Moved moved = (LoanOutcome.Moved) LoanStateMachine.take(inState(LoanState.REQUESTED,
                ServiceKind.LOAN), LoanStep.of(LoanAction.UNFILLED, "Sedang dipinjam"), rules(), NOW, "Staf ITB");

        LoanRequest request = moved.request();
        assertThat(request.state()).isEqualTo(LoanState.REQUESTED);
        assertThat(request.lenderId()).isEqualTo(SECOND);
        assertThat(request.rota()).extracting(RotaEntry::answer).containsExactly(RotaAnswer.UNFILLED, RotaAnswer.ASKED);
        assertThat(request.rota().get(0).reason()).isEqualTo("Sedang dipinjam");
        assertThat(moved.events()).extracting(LoanEvent::action, LoanEvent::lenderId, LoanEvent::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LoanAction.UNFILLED, FIRST, "Staf ITB"),
                        org.assertj.core.groups.Tuple.tuple(LoanAction.NEXT_LENDER, SECOND, LoanStateMachine.JALIN));
    }

    @Test
    void whenTheLastLenderCannotSupplyTheRequestEndsUnfilled() {
        LoanRequest atSecond = ((LoanOutcome.Moved) LoanStateMachine.take(inState(LoanState.REQUESTED,
                ServiceKind.LOAN), LoanStep.of(LoanAction.UNFILLED, "Hilang"), rules(), NOW, "A")).request();

        LoanOutcome.Moved last = (LoanOutcome.Moved) LoanStateMachine.take(atSecond,
                LoanStep.of(LoanAction.UNFILLED, "Tidak ada"), rules(), NOW, "B");

        assertThat(last.request().state()).isEqualTo(LoanState.UNFILLED);
        assertThat(last.request().rota()).extracting(RotaEntry::answer)
                .containsExactly(RotaAnswer.UNFILLED, RotaAnswer.UNFILLED);
        assertThat(last.events()).hasSize(1);
    }

    @Test
    void unfilledWithoutAReasonIsRefused() {
        assertThat(LoanStateMachine.take(inState(LoanState.REQUESTED, ServiceKind.LOAN), LoanStep.of(
                LoanAction.UNFILLED), rules(), NOW, "A")).isEqualTo(LoanOutcome.Refused.because(
                "loan.refused.reason_required"));
    }

    @Test
    void aDeclinedConditionAsksTheNextLenderAndKeepsTheConditionAsItsReason() {
        LoanRequest retry = ((LoanOutcome.Moved) LoanStateMachine.take(inState(LoanState.REQUESTED, ServiceKind.LOAN),
                LoanStep.of(LoanAction.RETRY_POSSIBLE, "Hanya baca di tempat"), rules(), NOW, "A")).request();
        assertThat(retry.state()).isEqualTo(LoanState.RETRY_POSSIBLE);
        assertThat(retry.condition()).isEqualTo("Hanya baca di tempat");

        LoanRequest declined = ((LoanOutcome.Moved) LoanStateMachine.take(retry,
                LoanStep.of(LoanAction.DECLINE_CONDITION), rules(), NOW, "B")).request();

        assertThat(declined.lenderId()).isEqualTo(SECOND);
        assertThat(declined.rota().get(0)).extracting(RotaEntry::answer, RotaEntry::reason)
                .containsExactly(RotaAnswer.CONDITION_DECLINED, "Hanya baca di tempat");
    }

    @Test
    void anAcceptedConditionMeansTheLenderWillSupply() {
        LoanRequest accepted = ((LoanOutcome.Moved) LoanStateMachine.take(inState(LoanState.RETRY_POSSIBLE,
                ServiceKind.LOAN), LoanStep.of(LoanAction.ACCEPT_CONDITION), rules(), NOW, "B")).request();

        assertThat(accepted.state()).isEqualTo(LoanState.WILL_SUPPLY);
        assertThat(accepted.lenderId()).isEqualTo(FIRST);
    }

    @Test
    void shippingDueDateFollowsTheLendersLoanPeriodUnlessGiven() {
        LendingRules threeWeeks = new LendingRules(FIRST, 21, 2, Set.of(), id.jalin.kernel.money.Money.of(15_000), 1);
        LoanRequest shipped = ((LoanOutcome.Moved) LoanStateMachine.take(inState(LoanState.WILL_SUPPLY,
                ServiceKind.LOAN), LoanStep.of(LoanAction.SHIP), threeWeeks, NOW, "A")).request();

        assertThat(shipped.state()).isEqualTo(LoanState.SHIPPED);
        assertThat(shipped.shippedOn()).isEqualTo(TODAY);
        assertThat(shipped.dueOn()).isEqualTo(TODAY.plusDays(21));
        assertThat(shipped.renewalsAllowed()).isEqualTo(2);
        assertThat(shipped.fee()).isEqualTo(id.jalin.kernel.money.Money.of(15_000));
    }

    @Test
    void aDueDateOnOrBeforeTheShipDateIsRefused() {
        LoanOutcome outcome = LoanStateMachine.take(inState(LoanState.WILL_SUPPLY, ServiceKind.LOAN),
                LoanStep.on(LoanAction.SHIP, TODAY.minusDays(1)), rules(), NOW, "A");

        assertThat(outcome).isEqualTo(LoanOutcome.Refused.because("loan.refused.due_before_ship",
                TODAY.minusDays(1), TODAY));
    }

    @Test
    void aKindTheLenderDoesNotLendIsNotShipped() {
        LendingRules noTheses = new LendingRules(FIRST, 14, 1, Set.of(ItemKind.BOOK), null, 1);

        assertThat(LoanStateMachine.take(inState(LoanState.WILL_SUPPLY, ServiceKind.LOAN), LoanStep.of(
                LoanAction.SHIP), noTheses, NOW, "A")).isEqualTo(LoanOutcome.Refused.because(
                "loan.refused.kind_not_lent", ItemKind.BOOK));
    }

    @Test
    void renewalsStopAtTheLendersLimit() {
        LoanRequest received = inState(LoanState.RECEIVED, ServiceKind.LOAN);
        LoanRequest asked = ((LoanOutcome.Moved) LoanStateMachine.take(received, LoanStep.of(LoanAction.ASK_RENEWAL),
                rules(), NOW, "B")).request();
        LoanRequest granted = ((LoanOutcome.Moved) LoanStateMachine.take(asked, LoanStep.of(LoanAction.GRANT_RENEWAL),
                rules(), NOW, "A")).request();

        assertThat(granted.state()).isEqualTo(LoanState.RECEIVED);
        assertThat(granted.dueOn()).isEqualTo(received.dueOn().plusDays(14));
        assertThat(granted.renewalsUsed()).isEqualTo(1);
        assertThat(LoanStateMachine.take(granted, LoanStep.of(LoanAction.ASK_RENEWAL), rules(), NOW, "B"))
                .isEqualTo(LoanOutcome.Refused.because("loan.refused.renewals_used", 1, 1));
        assertThat(LoanStateMachine.possible(granted)).doesNotContain(LoanAction.ASK_RENEWAL);
    }

    @Test
    void aRenewalMustMoveTheDueDateLater() {
        LoanRequest asked = inState(LoanState.RENEWAL_ASKED, ServiceKind.LOAN);

        assertThat(LoanStateMachine.take(asked, LoanStep.on(LoanAction.GRANT_RENEWAL, asked.dueOn()), rules(), NOW,
                "A")).isEqualTo(LoanOutcome.Refused.because("loan.refused.due_not_later", asked.dueOn(),
                asked.dueOn()));
    }

    @Test
    void returningBeforeShippingOrReceivingIsRefusedWithItsOwnReason() {
        assertThat(LoanStateMachine.take(inState(LoanState.WILL_SUPPLY, ServiceKind.LOAN),
                LoanStep.of(LoanAction.SHIP_BACK), rules(), NOW, "B"))
                .isEqualTo(LoanOutcome.Refused.because("loan.refused.not_shipped"));
        assertThat(LoanStateMachine.take(inState(LoanState.SHIPPED, ServiceKind.LOAN),
                LoanStep.of(LoanAction.SHIP_BACK), rules(), NOW, "B"))
                .isEqualTo(LoanOutcome.Refused.because("loan.refused.not_received"));
        assertThat(LoanStateMachine.take(inState(LoanState.RECEIVED, ServiceKind.LOAN),
                LoanStep.of(LoanAction.CHECK_IN), rules(), NOW, "A"))
                .isEqualTo(LoanOutcome.Refused.because("loan.refused.not_returned"));
    }

    @Test
    void aFinishedRequestTakesNoMoreSteps() {
        assertThat(LoanStateMachine.take(inState(LoanState.CHECKED_IN, ServiceKind.LOAN),
                LoanStep.of(LoanAction.ASK_RENEWAL), rules(), NOW, "B"))
                .isEqualTo(LoanOutcome.Refused.because("loan.refused.finished", LoanState.CHECKED_IN));
    }

    @Test
    void aLoanGoesFromShippedToCheckedIn() {
        LoanRequest request = inState(LoanState.WILL_SUPPLY, ServiceKind.LOAN);
        for (LoanAction action : List.of(LoanAction.SHIP, LoanAction.RECEIVE, LoanAction.SHIP_BACK,
                LoanAction.CHECK_IN)) {
            request = ((LoanOutcome.Moved) LoanStateMachine.take(request, LoanStep.of(action), rules(), NOW, "X"))
                    .request();
        }
        assertThat(request.state()).isEqualTo(LoanState.CHECKED_IN);
        assertThat(request.receivedAt()).isEqualTo(NOW);
        assertThat(request.rota().get(0).answer()).isEqualTo(RotaAnswer.SUPPLYING);
    }

    @Test
    void aCopyIsCompleteWhenDelivered() {
        LoanRequest delivered = ((LoanOutcome.Moved) LoanStateMachine.take(inState(LoanState.REQUESTED,
                ServiceKind.COPY), LoanStep.of(LoanAction.DELIVER_COPY), rules(), NOW, "A")).request();

        assertThat(delivered.state()).isEqualTo(LoanState.COPY_DELIVERED);
        assertThat(delivered.state().finished()).isTrue();
        assertThat(delivered.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void aRecallMayBringTheDueDateForwardButNotIntoThePast() {
        LoanRequest received = inState(LoanState.RECEIVED, ServiceKind.LOAN);
        LoanRequest recalled = ((LoanOutcome.Moved) LoanStateMachine.take(received,
                LoanStep.on(LoanAction.RECALL, TODAY.plusDays(2)), rules(), NOW, "A")).request();

        assertThat(recalled.state()).isEqualTo(LoanState.RECALLED);
        assertThat(recalled.dueOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(LoanStateMachine.take(received, LoanStep.on(LoanAction.RECALL, TODAY.minusDays(1)), rules(), NOW,
                "A")).isEqualTo(LoanOutcome.Refused.because("loan.refused.date_past", TODAY.minusDays(1)));
    }

    @Test
    void closingByHandNeedsAReasonAndEndsTheLenderTurn() {
        LoanRequest requested = inState(LoanState.REQUESTED, ServiceKind.LOAN);
        assertThat(LoanStateMachine.take(requested, LoanStep.of(LoanAction.CLOSE), rules(), NOW, "K"))
                .isEqualTo(LoanOutcome.Refused.because("loan.refused.reason_required"));

        LoanRequest closed = ((LoanOutcome.Moved) LoanStateMachine.take(requested,
                LoanStep.of(LoanAction.CLOSE, "Perpustakaan pemilik tidak menjawab tiga minggu"), rules(), NOW, "K"))
                .request();
        assertThat(closed.state()).isEqualTo(LoanState.CLOSED);
        assertThat(closed.rota().get(0).answer()).isEqualTo(RotaAnswer.ENDED);
    }

    @Test
    void overdueIsReadFromTheDueDateAndToday() {
        LoanRequest received = inState(LoanState.RECEIVED, ServiceKind.LOAN);

        assertThat(received.overdueOn(received.dueOn())).isFalse();
        assertThat(received.overdueOn(received.dueOn().plusDays(1))).isTrue();
        assertThat(received.daysOverdueOn(received.dueOn().plusDays(5))).isEqualTo(5);
        assertThat(inState(LoanState.SHIPPED_BACK, ServiceKind.LOAN).overdueOn(received.dueOn().plusDays(5)))
                .isFalse();
    }

    @Test
    void openingAsksTheFirstLenderOnly() {
        LoanRequest draft = inState(LoanState.REQUESTED, ServiceKind.LOAN);
        LoanOutcome.Moved opened = LoanStateMachine.open(draft, List.of(SECOND, FIRST), NOW, "Staf Unpad");

        assertThat(opened.request().rota()).extracting(RotaEntry::lenderId, RotaEntry::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SECOND, RotaAnswer.ASKED),
                org.assertj.core.groups.Tuple.tuple(FIRST, RotaAnswer.NOT_ASKED));
        assertThat(opened.events()).extracting(LoanEvent::action).containsExactly(LoanAction.REQUEST);
    }
}
