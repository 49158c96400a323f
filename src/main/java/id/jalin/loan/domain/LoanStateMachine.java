package id.jalin.loan.domain;

import static id.jalin.loan.domain.LoanState.CANCELLED;
import static id.jalin.loan.domain.LoanState.CHECKED_IN;
import static id.jalin.loan.domain.LoanState.CLOSED;
import static id.jalin.loan.domain.LoanState.COPY_DELIVERED;
import static id.jalin.loan.domain.LoanState.EXPECT_TO_SUPPLY;
import static id.jalin.loan.domain.LoanState.RECALLED;
import static id.jalin.loan.domain.LoanState.RECEIVED;
import static id.jalin.loan.domain.LoanState.RENEWAL_ASKED;
import static id.jalin.loan.domain.LoanState.REQUESTED;
import static id.jalin.loan.domain.LoanState.RETRY_POSSIBLE;
import static id.jalin.loan.domain.LoanState.SHIPPED;
import static id.jalin.loan.domain.LoanState.SHIPPED_BACK;
import static id.jalin.loan.domain.LoanState.UNFILLED;
import static id.jalin.loan.domain.LoanState.WILL_SUPPLY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps a request may take, from which states, and what each needs: the one place the life of a loan is
 * decided. Who may take a step (which library's staff, a coordinator) is the service's question; this class
 * answers whether the step makes sense now, and says why not when it does not.
 */
public final class LoanStateMachine {
    /** The name Jalin signs its own steps with (moving on to the next lender). */
    public static final String JALIN = "Jalin";

    private static final Map<LoanAction, Set<LoanState>> FROM = new EnumMap<>(LoanAction.class);

    static {
        FROM.put(LoanAction.WILL_SUPPLY, EnumSet.of(REQUESTED, EXPECT_TO_SUPPLY));
        FROM.put(LoanAction.EXPECT_TO_SUPPLY, EnumSet.of(REQUESTED, WILL_SUPPLY));
        FROM.put(LoanAction.UNFILLED, EnumSet.of(REQUESTED, WILL_SUPPLY, EXPECT_TO_SUPPLY));
        FROM.put(LoanAction.RETRY_POSSIBLE, EnumSet.of(REQUESTED));
        FROM.put(LoanAction.ACCEPT_CONDITION, EnumSet.of(RETRY_POSSIBLE));
        FROM.put(LoanAction.DECLINE_CONDITION, EnumSet.of(RETRY_POSSIBLE));
        FROM.put(LoanAction.SHIP, EnumSet.of(REQUESTED, WILL_SUPPLY, EXPECT_TO_SUPPLY));
        FROM.put(LoanAction.DELIVER_COPY, EnumSet.of(REQUESTED, WILL_SUPPLY, EXPECT_TO_SUPPLY));
        FROM.put(LoanAction.RECEIVE, EnumSet.of(SHIPPED));
        FROM.put(LoanAction.CANCEL, EnumSet.of(REQUESTED, WILL_SUPPLY, EXPECT_TO_SUPPLY, RETRY_POSSIBLE));
        FROM.put(LoanAction.ASK_RENEWAL, EnumSet.of(RECEIVED));
        FROM.put(LoanAction.GRANT_RENEWAL, EnumSet.of(RENEWAL_ASKED));
        FROM.put(LoanAction.REFUSE_RENEWAL, EnumSet.of(RENEWAL_ASKED));
        FROM.put(LoanAction.RECALL, EnumSet.of(SHIPPED, RECEIVED, RENEWAL_ASKED));
        FROM.put(LoanAction.SHIP_BACK, EnumSet.of(RECEIVED, RENEWAL_ASKED, RECALLED));
        FROM.put(LoanAction.CHECK_IN, EnumSet.of(SHIPPED_BACK));
        FROM.put(LoanAction.CLOSE, EnumSet.complementOf(EnumSet.copyOf(LoanState.finishedStates())));
    }

    private LoanStateMachine() {
    }

    /** The steps that make sense for this request now, for the screens to offer (the service narrows by who asks). */
    public static List<LoanAction> possible(LoanRequest request) {
        List<LoanAction> actions = new ArrayList<>();
        for (Map.Entry<LoanAction, Set<LoanState>> entry : FROM.entrySet()) {
            LoanAction action = entry.getKey();
            if (entry.getValue().contains(request.state()) && fitsService(action, request.service())
                    && !(action == LoanAction.ASK_RENEWAL && request.renewalsUsed() >= request.renewalsAllowed())) {
                actions.add(action);
            }
        }
        return actions;
    }

    private static boolean fitsService(LoanAction action, ServiceKind service) {
        return switch (action) {
            case SHIP -> service == ServiceKind.LOAN;
            case DELIVER_COPY -> service == ServiceKind.COPY;
            default -> true;
        };
    }

    /**
     * A new request as it is first stored: the first lender of the rota asked, the others waiting their turn.
     *
     * @param lenders the rota, in the order the borrower chose
     */
    public static LoanOutcome.Moved open(LoanRequest draft, List<Long> lenders, LocalDateTime now, String by) {
        List<RotaEntry> rota = new ArrayList<>();
        for (int i = 0; i < lenders.size(); i++) {
            rota.add(new RotaEntry(i + 1, lenders.get(i), i == 0 ? RotaAnswer.ASKED : RotaAnswer.NOT_ASKED, "",
                    null));
        }
        LoanRequest request = new LoanRequest(null, "", draft.remoteId(), draft.borrowerId(), draft.patron(),
                draft.service(),
                draft.item(), draft.copyrightNote(), draft.neededBy(), draft.note(), rota, 1, REQUESTED, "", null,
                null, null, 0, 0, draft.fee(), now, null, now, 0);
        return new LoanOutcome.Moved(request, List.of(new LoanEvent(now, by, LoanAction.REQUEST, lenders.get(0),
                REQUESTED, draft.note(), null)));
    }

    /**
     * Takes {@code step} on {@code request}, or says why not.
     *
     * @param rules the rules of the lender asked now (loan period, renewals, kinds it does not lend, fee)
     */
    public static LoanOutcome take(LoanRequest request, LoanStep step, LendingRules rules, LocalDateTime now,
                                   String by) {
        LoanAction action = step.action();
        LocalDate today = now.toLocalDate();
        if (action == LoanAction.REQUEST || action == LoanAction.NEXT_LENDER) {
            return LoanOutcome.Refused.because("loan.refused.not_by_hand", action);
        }
        if (request.state().finished()) {
            return LoanOutcome.Refused.because("loan.refused.finished", request.state());
        }
        if (action == LoanAction.SHIP_BACK && request.state().beforeShipping()) {
            return LoanOutcome.Refused.because("loan.refused.not_shipped");
        }
        if (action == LoanAction.SHIP_BACK && request.state() == SHIPPED) {
            return LoanOutcome.Refused.because("loan.refused.not_received");
        }
        if (action == LoanAction.CHECK_IN && request.state().outOnLoan()) {
            return LoanOutcome.Refused.because("loan.refused.not_returned");
        }
        if (action == LoanAction.ASK_RENEWAL && request.state() == RECEIVED
                && request.renewalsUsed() >= request.renewalsAllowed()) {
            return LoanOutcome.Refused.because("loan.refused.renewals_used", request.renewalsUsed(),
                    request.renewalsAllowed());
        }
        if (action == LoanAction.SHIP && request.service() == ServiceKind.COPY) {
            return LoanOutcome.Refused.because("loan.refused.copy_not_shipped");
        }
        if (action == LoanAction.DELIVER_COPY && request.service() == ServiceKind.LOAN) {
            return LoanOutcome.Refused.because("loan.refused.loan_not_copied");
        }
        if (!FROM.get(action).contains(request.state())) {
            return LoanOutcome.Refused.because("loan.refused.not_now", action, request.state());
        }
        return switch (action) {
            case WILL_SUPPLY -> supplying(request, step, now, by, WILL_SUPPLY, request.expectedOn());
            case EXPECT_TO_SUPPLY -> expect(request, step, now, by, today);
            case UNFILLED -> step.note().isEmpty() ? LoanOutcome.Refused.because("loan.refused.reason_required")
                    : moveOn(request, step, RotaAnswer.UNFILLED, step.note(), now, by);
            case RETRY_POSSIBLE -> retry(request, step, now, by);
            case ACCEPT_CONDITION -> supplying(request, step, now, by, WILL_SUPPLY, request.expectedOn());
            case DECLINE_CONDITION -> moveOn(request, step, RotaAnswer.CONDITION_DECLINED, request.condition(), now,
                    by);
            case SHIP -> ship(request, step, rules, now, by, today);
            case DELIVER_COPY -> deliverCopy(request, step, rules, now, by);
            case RECEIVE -> simple(request.withDates(request.condition(), request.expectedOn(), request.shippedOn(),
                    request.dueOn(), request.renewalsUsed(), request.renewalsAllowed(), request.fee(), now, now),
                    step, RECEIVED, now, by);
            case CANCEL -> ended(request, step, CANCELLED, now, by);
            case ASK_RENEWAL -> simple(request, step, RENEWAL_ASKED, now, by);
            case GRANT_RENEWAL -> grant(request, step, rules, now, by);
            case REFUSE_RENEWAL -> simple(request, step, RECEIVED, now, by);
            case RECALL -> recall(request, step, now, by, today);
            case SHIP_BACK -> simple(request, step, SHIPPED_BACK, now, by);
            case CHECK_IN -> simple(request, step, CHECKED_IN, now, by);
            case CLOSE -> step.note().isEmpty() ? LoanOutcome.Refused.because("loan.refused.reason_required")
                    : ended(request, step, CLOSED, now, by);
            case REQUEST, NEXT_LENDER -> throw new IllegalStateException(action.name());
        };
    }

    private static LoanOutcome expect(LoanRequest request, LoanStep step, LocalDateTime now, String by,
                                      LocalDate today) {
        if (step.date() == null) {
            return LoanOutcome.Refused.because("loan.refused.date_required");
        }
        if (step.date().isBefore(today)) {
            return LoanOutcome.Refused.because("loan.refused.date_past", step.date());
        }
        return supplying(request, step, now, by, EXPECT_TO_SUPPLY, step.date());
    }

    private static LoanOutcome retry(LoanRequest request, LoanStep step, LocalDateTime now, String by) {
        if (step.note().isEmpty()) {
            return LoanOutcome.Refused.because("loan.refused.condition_required");
        }
        LoanRequest changed = request.withDates(step.note(), request.expectedOn(), request.shippedOn(),
                request.dueOn(), request.renewalsUsed(), request.renewalsAllowed(), request.fee(),
                request.receivedAt(), now);
        return simple(changed, step, RETRY_POSSIBLE, now, by);
    }

    private static LoanOutcome supplying(LoanRequest request, LoanStep step, LocalDateTime now, String by,
                                         LoanState state, LocalDate expected) {
        LoanRequest changed = request.withDates(request.condition(), expected, request.shippedOn(), request.dueOn(),
                request.renewalsUsed(), request.renewalsAllowed(), request.fee(), request.receivedAt(), now);
        return moved(answer(changed, RotaAnswer.SUPPLYING, "", now), step, state, now, by);
    }

    private static LoanOutcome ship(LoanRequest request, LoanStep step, LendingRules rules, LocalDateTime now,
                                    String by, LocalDate today) {
        if (!rules.lends(request.item().kind())) {
            return LoanOutcome.Refused.because("loan.refused.kind_not_lent", request.item().kind());
        }
        LocalDate due = step.date() == null ? today.plusDays(rules.loanDays()) : step.date();
        if (!due.isAfter(today)) {
            return LoanOutcome.Refused.because("loan.refused.due_before_ship", due, today);
        }
        LoanRequest changed = request.withDates(request.condition(), request.expectedOn(), today, due, 0,
                rules.renewals(), rules.fee(), request.receivedAt(), now);
        return moved(answer(changed, RotaAnswer.SUPPLYING, "", now), new LoanStep(step.action(), step.note(), due),
                SHIPPED, now, by);
    }

    private static LoanOutcome deliverCopy(LoanRequest request, LoanStep step, LendingRules rules, LocalDateTime now,
                                           String by) {
        LoanRequest changed = request.withDates(request.condition(), request.expectedOn(), now.toLocalDate(), null,
                0, 0, rules.fee(), now, now);
        return moved(answer(changed, RotaAnswer.SUPPLYING, "", now), step, COPY_DELIVERED, now, by);
    }

    private static LoanOutcome grant(LoanRequest request, LoanStep step, LendingRules rules, LocalDateTime now,
                                     String by) {
        LocalDate due = step.date() == null ? request.dueOn().plusDays(rules.loanDays()) : step.date();
        if (!due.isAfter(request.dueOn())) {
            return LoanOutcome.Refused.because("loan.refused.due_not_later", due, request.dueOn());
        }
        LoanRequest changed = request.withDates(request.condition(), request.expectedOn(), request.shippedOn(), due,
                request.renewalsUsed() + 1, request.renewalsAllowed(), request.fee(), request.receivedAt(), now);
        return simple(changed, new LoanStep(step.action(), step.note(), due), RECEIVED, now, by);
    }

    private static LoanOutcome recall(LoanRequest request, LoanStep step, LocalDateTime now, String by,
                                      LocalDate today) {
        LocalDate due = request.dueOn();
        if (step.date() != null) {
            if (step.date().isBefore(today)) {
                return LoanOutcome.Refused.because("loan.refused.date_past", step.date());
            }
            due = step.date();
        }
        LoanRequest changed = request.withDates(request.condition(), request.expectedOn(), request.shippedOn(), due,
                request.renewalsUsed(), request.renewalsAllowed(), request.fee(), request.receivedAt(), now);
        return simple(changed, new LoanStep(step.action(), step.note(), due), RECALLED, now, by);
    }

    /**
     * The lender asked could not supply (or its condition was declined): it is marked so, and the next lender in the
     * rota is asked by Jalin itself; with none left the request ends unfilled.
     */
    private static LoanOutcome moveOn(LoanRequest request, LoanStep step, RotaAnswer answer, String reason,
                                      LocalDateTime now, String by) {
        LoanRequest answered = answer(request, answer, reason, now);
        List<LoanEvent> events = new ArrayList<>();
        if (answered.position() >= answered.rota().size()) {
            events.add(event(step, answered.lenderId(), UNFILLED, now, by));
            LoanRequest last = answered.with(answered.rota(), answered.position(), UNFILLED);
            return new LoanOutcome.Moved(touched(last, now), events);
        }
        events.add(event(step, answered.lenderId(), REQUESTED, now, by));
        int next = answered.position() + 1;
        List<RotaEntry> rota = new ArrayList<>(answered.rota());
        rota.set(next - 1, rota.get(next - 1).answered(RotaAnswer.ASKED, "", null));
        LoanRequest moved = answered.with(rota, next, REQUESTED);
        moved = moved.withDates("", null, null, null, 0, 0, moved.fee(), null, now);
        events.add(new LoanEvent(now, JALIN, LoanAction.NEXT_LENDER, moved.lenderId(), REQUESTED, "", null));
        return new LoanOutcome.Moved(moved, events);
    }

    private static LoanOutcome ended(LoanRequest request, LoanStep step, LoanState state, LocalDateTime now,
                                     String by) {
        RotaAnswer current = request.currentRota().answer();
        LoanRequest changed = current == RotaAnswer.ASKED ? answer(request, RotaAnswer.ENDED, "", now) : request;
        return simple(changed, step, state, now, by);
    }

    private static LoanOutcome simple(LoanRequest request, LoanStep step, LoanState state, LocalDateTime now,
                                      String by) {
        return moved(request, step, state, now, by);
    }

    private static LoanOutcome moved(LoanRequest request, LoanStep step, LoanState state, LocalDateTime now,
                                     String by) {
        LoanRequest changed = touched(request.with(request.rota(), request.position(), state), now);
        return new LoanOutcome.Moved(changed, List.of(event(step, changed.lenderId(), state, now, by)));
    }

    private static LoanRequest touched(LoanRequest request, LocalDateTime now) {
        return request.withDates(request.condition(), request.expectedOn(), request.shippedOn(), request.dueOn(),
                request.renewalsUsed(), request.renewalsAllowed(), request.fee(), request.receivedAt(), now);
    }

    private static LoanRequest answer(LoanRequest request, RotaAnswer answer, String reason, LocalDateTime now) {
        List<RotaEntry> rota = new ArrayList<>(request.rota());
        rota.set(request.position() - 1, request.currentRota().answered(answer, reason, now));
        return request.with(rota, request.position(), request.state());
    }

    private static LoanEvent event(LoanStep step, long lenderId, LoanState after, LocalDateTime now, String by) {
        return new LoanEvent(now, by, step.action(), lenderId, after, step.note(), step.date());
    }
}
