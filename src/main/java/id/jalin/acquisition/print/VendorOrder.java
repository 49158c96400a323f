package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import java.util.List;

/** What the coordinating library orders from one vendor, line by line in the order given. */
public record VendorOrder(String vendor, List<OrderLine> lines) {
    public VendorOrder {
        vendor = Texts.required(vendor, "A vendor's order needs the vendor's name");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A vendor's order needs at least one line");
        }
    }

    public Money subtotal() {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money.ZERO, Money::plus);
    }

    public int copies() {
        return lines.stream().mapToInt(OrderLine::totalCopies).sum();
    }
}
