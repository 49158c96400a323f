package id.jalin.agreement.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A memorandum of understanding or cooperation agreement with its parties, articles and obligations.
 * {@code previousId} links a renewal to the agreement it continues. {@code signedOn} null means still a draft.
 */
public record Agreement(
        Long id,
        int version,
        AgreementKind kind,
        AgreementNumber number,
        String titleId,
        String titleEn,
        SinclairType type,
        Set<CooperationForm> forms,
        LocalDate signedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        Renewal renewal,
        LocalDate noticeGivenOn,
        Termination termination,
        Long previousId,
        String notes,
        List<Party> parties,
        List<Article> articles,
        List<Obligation> obligations) {

    public Agreement {
        titleId = Party.clean(titleId);
        titleEn = Party.clean(titleEn);
        notes = Party.clean(notes);
        forms = forms == null || forms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forms));
        renewal = renewal == null ? Renewal.NONE : renewal;
        parties = List.copyOf(parties);
        articles = List.copyOf(articles);
        obligations = List.copyOf(obligations);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean involvesLibrary(long libraryId) {
        return parties.stream().anyMatch(p -> p.libraryId() != null && p.libraryId() == libraryId);
    }

    public Agreement withIdentity(long newId, int newVersion) {
        return new Agreement(newId, newVersion, kind, number, titleId, titleEn, type, forms, signedOn, startsOn, endsOn,
                renewal, noticeGivenOn, termination, previousId, notes, parties, articles, obligations);
    }

    public Agreement withNumber(AgreementNumber newNumber) {
        return new Agreement(id, version, kind, newNumber, titleId, titleEn, type, forms, signedOn, startsOn, endsOn,
                renewal, noticeGivenOn, termination, previousId, notes, parties, articles, obligations);
    }

    public Agreement withObligations(List<Obligation> newObligations) {
        return new Agreement(id, version, kind, number, titleId, titleEn, type, forms, signedOn, startsOn, endsOn,
                renewal, noticeGivenOn, termination, previousId, notes, parties, articles, newObligations);
    }

    public Agreement withTermination(Termination newTermination) {
        return new Agreement(id, version, kind, number, titleId, titleEn, type, forms, signedOn, startsOn, endsOn,
                renewal, noticeGivenOn, newTermination, previousId, notes, parties, articles, obligations);
    }

    public Agreement withNoticeGivenOn(LocalDate date) {
        return new Agreement(id, version, kind, number, titleId, titleEn, type, forms, signedOn, startsOn, endsOn,
                renewal, date, termination, previousId, notes, parties, articles, obligations);
    }

    /**
     * The day the agreement really ends. An automatic renewal extends it by its period each time the end passes
     * without notice given at least {@code noticeDays} before; termination ends it on the termination date.
     */
    public LocalDate effectiveEnd(LocalDate today) {
        LocalDate end = endsOn;
        if (renewal.isAutomatic() && renewal.months() > 0) {
            // Each end that passed without timely notice let the agreement run on for another period.
            while (end.isBefore(today) && !noticeStops(end)) {
                end = end.plusMonths(renewal.months());
            }
        }
        if (termination != null && termination.on() != null && termination.on().isBefore(end)) {
            end = termination.on();
        }
        return end;
    }

    /** Whether the notice given stops the agreement at {@code end}: it came at least the notice period before. */
    private boolean noticeStops(LocalDate end) {
        return noticeGivenOn != null && !noticeGivenOn.isAfter(end.minusDays(renewal.noticeDays()));
    }
}
