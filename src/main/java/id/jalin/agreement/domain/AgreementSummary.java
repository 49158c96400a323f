package id.jalin.agreement.domain;

import java.time.LocalDate;
import java.util.List;

/** One row of the agreement list: enough to filter, sort and show status without loading every article. */
public record AgreementSummary(long id, AgreementKind kind, String number, String titleId, String titleEn,
                               SinclairType type, List<String> partyNames, List<Long> libraryIds,
                               LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, AgreementStatus status,
                               LocalDate effectiveEnd) {
    public AgreementSummary {
        partyNames = List.copyOf(partyNames);
        libraryIds = List.copyOf(libraryIds);
    }

    public int year() {
        return (signedOn != null ? signedOn : startsOn).getYear();
    }
}
