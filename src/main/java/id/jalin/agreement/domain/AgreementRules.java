package id.jalin.agreement.domain;

import id.jalin.kernel.validation.Validation;
import java.util.List;

/** What an agreement must satisfy before it is stored. Field names match the editor's fields. */
public final class AgreementRules {
    private AgreementRules() {
    }

    public static Validation validate(Agreement agreement) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(agreement.kind() == null, "kind", "agreement.error.kind.required");
        errors.errorIf(agreement.number() == null || agreement.number().text().isEmpty(), "number",
                "agreement.error.number.required");
        errors.errorIf(agreement.titleId().isEmpty(), "titleId", "agreement.error.title.required");
        errors.errorIf(agreement.type() == null, "type", "agreement.error.type.required");
        errors.errorIf(agreement.startsOn() == null, "startsOn", "agreement.error.start.required");
        errors.errorIf(agreement.endsOn() == null, "endsOn", "agreement.error.end.required");
        if (agreement.startsOn() != null && agreement.endsOn() != null) {
            errors.errorIf(agreement.endsOn().isBefore(agreement.startsOn()), "endsOn", "agreement.error.endBeforeStart");
        }
        if (agreement.signedOn() != null && agreement.endsOn() != null) {
            errors.errorIf(agreement.signedOn().isAfter(agreement.endsOn()), "signedOn", "agreement.error.signedAfterEnd");
        }
        Renewal renewal = agreement.renewal();
        if (renewal.isAutomatic()) {
            errors.errorIf(renewal.months() <= 0, "renewalMonths", "agreement.error.renewalMonths");
            errors.errorIf(renewal.noticeDays() < 0, "noticeDays", "agreement.error.noticeDays");
        }
        checkParties(agreement.parties(), errors);
        checkArticles(agreement.articles(), errors);
        checkObligations(agreement, errors);
        return errors.build();
    }

    private static void checkParties(List<Party> parties, Validation.Builder errors) {
        errors.errorIf(parties.size() < 2, "parties", "agreement.error.parties.tooFew");
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            int number = i + 1;
            errors.errorIf(party.name().isEmpty(), "parties", "agreement.error.party.name", number);
            errors.errorIf(party.signatoryName().isEmpty() || party.signatoryPosition().isEmpty(), "parties",
                    "agreement.error.party.signatory", number, party.name());
            for (int j = 0; j < i; j++) {
                if (parties.get(j).sameAs(party)) {
                    errors.error("parties", "agreement.error.party.twice", party.name());
                }
            }
        }
    }

    private static void checkArticles(List<Article> articles, Validation.Builder errors) {
        for (int i = 0; i < articles.size(); i++) {
            errors.errorIf(articles.get(i).textId().isEmpty(), "articles", "agreement.error.article.empty", i + 1);
        }
    }

    private static void checkObligations(Agreement agreement, Validation.Builder errors) {
        for (int i = 0; i < agreement.obligations().size(); i++) {
            Obligation obligation = agreement.obligations().get(i);
            int number = i + 1;
            errors.errorIf(obligation.descriptionId().isEmpty(), "obligations", "agreement.error.obligation.text", number);
            errors.errorIf(obligation.partyNumber() < 1 || obligation.partyNumber() > agreement.parties().size(),
                    "obligations", "agreement.error.obligation.party", number);
            if (obligation.firstDueOn() == null) {
                errors.error("obligations", "agreement.error.obligation.due", number);
            } else if (agreement.startsOn() != null && agreement.endsOn() != null
                    && (obligation.firstDueOn().isBefore(agreement.startsOn())
                    || obligation.firstDueOn().isAfter(agreement.endsOn()))) {
                errors.error("obligations", "agreement.error.obligation.outsidePeriod", number);
            }
        }
    }
}
