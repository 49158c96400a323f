package id.jalin.agreement.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Renewing makes the next period as a new agreement linked to the one it continues, so the history stays:
 * same parties, articles and obligations, starting the day after the old end and lasting as long, unsigned until
 * the parties sign again.
 */
public final class AgreementRenewal {
    private AgreementRenewal() {
    }

    public static Agreement nextPeriod(Agreement previous, AgreementNumber number, LocalDate today) {
        LocalDate oldEnd = previous.effectiveEnd(today);
        LocalDate start = oldEnd.plusDays(1);
        long months = ChronoUnit.MONTHS.between(previous.startsOn(), previous.endsOn().plusDays(1));
        LocalDate end = months > 0 ? start.plusMonths(months).minusDays(1)
                : start.plusDays(ChronoUnit.DAYS.between(previous.startsOn(), previous.endsOn()));
        List<Obligation> obligations = previous.obligations().stream()
                .map(o -> o.withFirstDue(clamp(shift(o.firstDueOn(), previous.startsOn(), start), start, end)))
                .toList();
        return new Agreement(null, 0, previous.kind(), number, previous.titleId(), previous.titleEn(), previous.type(),
                previous.forms(), null, start, end, previous.renewal(), null, null, previous.id(), previous.notes(),
                previous.parties(), previous.articles(), obligations);
    }

    /** Moves a date by as much as the start moved: by whole months when the start did, so "31 March" stays. */
    private static LocalDate shift(LocalDate date, LocalDate oldStart, LocalDate newStart) {
        long months = ChronoUnit.MONTHS.between(oldStart, newStart);
        if (oldStart.plusMonths(months).equals(newStart)) {
            return date.plusMonths(months);
        }
        return date.plusDays(ChronoUnit.DAYS.between(oldStart, newStart));
    }

    private static LocalDate clamp(LocalDate shifted, LocalDate start, LocalDate end) {
        if (shifted.isBefore(start)) {
            return start;
        }
        return shifted.isAfter(end) ? end : shifted;
    }
}
