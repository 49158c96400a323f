package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of the order the coordinating library sends a vendor: a title the round's accepted lines ask for, once,
 * with the copies each member gets. Two members asking for one title make one order line.
 *
 * @param lines the accepted proposal lines it gathers, in the order they were entered
 */
public record OrderLine(String vendor, Title title, ItemFormat format, Money unitPrice, List<ProposalLine> lines) {
    public OrderLine {
        lines = List.copyOf(lines);
    }

    /** Copies per member, by member id. */
    public Map<Long, Integer> copiesPerMember() {
        Map<Long, Integer> copies = new TreeMap<>();
        lines.forEach(line -> copies.merge(line.memberId(), line.copies(), Integer::sum));
        return copies;
    }

    public int copies() {
        return lines.stream().mapToInt(ProposalLine::copies).sum();
    }

    /** The lines' costs added up (each line at its own price). */
    public Money cost() {
        return lines.stream().map(ProposalLine::cost).reduce(Money.ZERO, Money::plus);
    }
}
