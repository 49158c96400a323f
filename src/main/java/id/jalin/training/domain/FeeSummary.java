package id.jalin.training.domain;

import id.jalin.kernel.money.Money;
import java.util.List;

/**
 * An event's fees over everyone holding a place: how many, the total due, paid and still outstanding, and how many
 * have paid in full.
 */
public record FeeSummary(int people, Money due, Money paid, Money outstanding, int settled) {
    public static FeeSummary of(List<Registration> registrations) {
        long due = 0;
        long paid = 0;
        long outstanding = 0;
        int people = 0;
        int settled = 0;
        for (Registration registration : registrations) {
            if (!registration.holdsPlace()) {
                continue;
            }
            people++;
            due += registration.fee().due().rupiah();
            paid += registration.fee().paid().rupiah();
            outstanding += registration.fee().outstanding().rupiah();
            settled += registration.fee().settled() ? 1 : 0;
        }
        return new FeeSummary(people, Money.of(due), Money.of(paid), Money.of(outstanding), settled);
    }

    public int unsettled() {
        return people - settled;
    }
}
