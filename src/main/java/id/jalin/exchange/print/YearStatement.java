package id.jalin.exchange.print;

import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PeriodBalance;
import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partnership's year as the two members sign it: what went each way, and where the year opened and ends.
 *
 * @param agreementNumber the number of the type A agreement the exchange follows, empty when it follows none
 * @param entries the year's entries, reversals included, oldest first
 * @param place where the statement is made (the forum's city), empty to leave it out
 */
public record YearStatement(LetterheadData letterhead, LocalDate printedOn, String place, Partnership partnership,
                            ExchangeMember first, ExchangeMember second, String agreementNumber, PeriodBalance year,
                            List<LedgerEntry> entries) {
    public YearStatement {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(printedOn, "printedOn");
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(year, "year");
        place = place == null ? "" : place.strip();
        agreementNumber = agreementNumber == null ? "" : agreementNumber.strip();
        entries = List.copyOf(entries);
    }
}
