package id.jalin.redistribution.domain;

import id.jalin.kernel.i18n.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An offer of surplus books the start screen points to: it stops taking claims soon (members that want the books
 * should claim now), or its closing day has passed and the giver has still to share the copies out.
 */
public record RedistributionReminder(Kind kind, SurplusOffer offer, LocalDate date) {
    /** How far ahead a closing day is shown: two weeks, time enough for a member to ask for the books. */
    public static final int WITHIN_DAYS = 14;

    @Labels("redistribution.reminder.kind")
    public enum Kind { CLOSES_SOON, ALLOCATION_DUE }

    public boolean late() {
        return kind == Kind.ALLOCATION_DUE;
    }

    /**
     * The reminders of these open offers on {@code today} for a desk: sharing out is the giver's to do, so a member's
     * desk ({@code ownLibrary} present) hears of it only for its own offers; the forum's staff hear of all.
     */
    public static List<RedistributionReminder> of(List<SurplusOffer> offers, LocalDate today,
                                                  Optional<Long> ownLibrary) {
        List<RedistributionReminder> reminders = new ArrayList<>();
        for (SurplusOffer offer : offers) {
            LocalDate closing = offer.closingDate();
            if (offer.status() != OfferStatus.OPEN || closing == null) {
                continue;
            }
            if (closing.isBefore(today)) {
                if (ownLibrary.map(own -> own == offer.giverId()).orElse(true)) {
                    reminders.add(new RedistributionReminder(Kind.ALLOCATION_DUE, offer, closing));
                }
            } else if (!closing.isAfter(today.plusDays(WITHIN_DAYS))) {
                reminders.add(new RedistributionReminder(Kind.CLOSES_SOON, offer, closing));
            }
        }
        return reminders;
    }
}
