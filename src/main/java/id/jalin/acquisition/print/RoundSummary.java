package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A round's money at a glance: what it spent against its budget, per member and per format. Both breakdowns add up
 * to the same sum, or the summary is refused: two totals that disagree would leave a reader to guess which is right.
 *
 * @param date the day the summary is made
 * @param members every participant, in the order they are to be listed
 * @param formats the formats bought, in the order they are to be listed
 */
public record RoundSummary(LetterheadData letterhead, LocalDate date, String roundName, String coordinatingLibrary,
                           Money budget, List<MemberSpend> members, List<FormatSpend> formats) {
    public RoundSummary {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(budget, "budget");
        roundName = Texts.required(roundName, "A summary needs its round");
        coordinatingLibrary = Texts.tidy(coordinatingLibrary);
        if (budget.isNegative()) {
            throw new IllegalArgumentException("A budget cannot be negative");
        }
        members = List.copyOf(members);
        formats = List.copyOf(formats);
        Money byMember = members.stream().map(MemberSpend::total).reduce(Money.ZERO, Money::plus);
        Money byFormat = formats.stream().map(FormatSpend::spent).reduce(Money.ZERO, Money::plus);
        if (!byMember.equals(byFormat)) {
            throw new IllegalArgumentException("Spent per member (" + byMember.rupiah() + ") and per format ("
                    + byFormat.rupiah() + ") differ");
        }
    }

    /** What the round spent: its members' totals, equal to its formats' totals. */
    public Money spent() {
        return members.stream().map(MemberSpend::total).reduce(Money.ZERO, Money::plus);
    }

    /** The budget less what was spent; negative when the round went over. */
    public Money remaining() {
        return Money.of(Math.subtractExact(budget.rupiah(), spent().rupiah()));
    }

    /** The share of the budget spent (0.5 for half), or null for a round without a budget. */
    public Double usedShare() {
        return budget.rupiah() == 0 ? null : (double) spent().rupiah() / budget.rupiah();
    }
}
