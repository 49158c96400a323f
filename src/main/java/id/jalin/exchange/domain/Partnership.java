package id.jalin.exchange.domain;

/**
 * A bilateral exchange between two members (Sinclair's type A): their own publications swapped at an agreed ratio,
 * counted in an agreed unit, year by year.
 *
 * @param ratio the first member's units : the second's
 * @param carryOver whether what is owed at the end of a closed year is carried into the next
 * @param firstYear the first year of the exchange (its start year for academic years): no entry before it
 * @param agreementId the type A agreement the exchange follows, when there is one in Jalin
 * @param version the stored version, 0 before it is first saved
 */
public record Partnership(Long id, long firstMemberId, long secondMemberId, ExchangeRatio ratio, ExchangeUnit unit,
                          PeriodKind periodKind, boolean carryOver, int firstYear, Long agreementId, String notes,
                          long version) {
    public Partnership {
        notes = notes == null ? "" : notes.strip();
    }

    public ExchangePeriod firstPeriod() {
        return new ExchangePeriod(periodKind, firstYear);
    }

    public boolean between(long memberId) {
        return firstMemberId == memberId || secondMemberId == memberId;
    }

    /** The other member, seen from {@code memberId}. */
    public long partnerOf(long memberId) {
        return firstMemberId == memberId ? secondMemberId : firstMemberId;
    }

    public Partnership stored(long newId, long newVersion) {
        return new Partnership(newId, firstMemberId, secondMemberId, ratio, unit, periodKind, carryOver, firstYear,
                agreementId, notes, newVersion);
    }
}
