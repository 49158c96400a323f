package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one member gets from a round and what it pays: its own copies, its share of the items bought for all, the
 * rule the shares follow and where its total stands in the round's budget.
 *
 * @param lines the member's lines in the order they are to be printed; none prints a statement that says so
 */
public record MemberStatement(LetterheadData letterhead, LocalDate date, String roundName,
                              String coordinatingLibrary, Participant member, List<StatementLine> lines,
                              SplitBasis split, BudgetContext budget) {
    public MemberStatement {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(budget, "budget");
        roundName = Texts.required(roundName, "A statement needs its round");
        coordinatingLibrary = Texts.tidy(coordinatingLibrary);
        lines = List.copyOf(lines);
    }

    /** What the member pays in all: the sum of its lines' shares. */
    public Money total() {
        return lines.stream().map(StatementLine::share).reduce(Money.ZERO, Money::plus);
    }

    public Money ownTotal() {
        return lines.stream().filter(l -> !l.shared()).map(StatementLine::share).reduce(Money.ZERO, Money::plus);
    }

    public Money sharedTotal() {
        return lines.stream().filter(StatementLine::shared).map(StatementLine::share).reduce(Money.ZERO, Money::plus);
    }
}
