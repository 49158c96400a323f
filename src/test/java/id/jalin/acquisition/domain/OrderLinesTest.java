package id.jalin.acquisition.domain;

import static id.jalin.acquisition.domain.Proposals.ISBN10;
import static id.jalin.acquisition.domain.Proposals.ISBN13;
import static id.jalin.acquisition.domain.Proposals.book;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two members asking for one title make one order line with copies per member; dropped lines are not ordered. */
class OrderLinesTest {
    @Test
    void oneTitleAskedForByTwoMembersIsOneOrderLineWithCopiesPerMember() {
        ProposalLine a = book(1, 10, ISBN10, "Pengantar statistika").decided(Decision.ACCEPTED, "");
        ProposalLine b = book(2, 20, ISBN13, "Pengantar statistika").decided(Decision.ACCEPTED_DESPITE_FLAG,
                "Dua kampus");
        ProposalLine other = book(3, 20, "", "Zoologi dasar").decided(Decision.ACCEPTED, "");
        ProposalLine dropped = book(4, 30, ISBN13, "Pengantar statistika").decided(Decision.DROPPED, "Cukup");

        List<OrderLine> order = OrderLines.of(List.of(other, b, a, dropped));

        assertThat(order).hasSize(2);
        OrderLine first = order.get(0);
        assertThat(first.title().title()).isEqualTo("Pengantar statistika");
        assertThat(first.copiesPerMember()).isEqualTo(Map.of(10L, 2, 20L, 2));
        assertThat(first.copies()).isEqualTo(4);
        assertThat(first.cost()).isEqualTo(Money.of(600_000));
        assertThat(order.get(1).title().title()).isEqualTo("Zoologi dasar");
    }
}
