package id.jalin.crossservice.domain;

import id.jalin.kernel.validation.ContactRules;
import id.jalin.kernel.validation.Validation;

/** What a card holder must satisfy before it is stored. Field names match the form's (and the import's) fields. */
public final class HolderRules {
    public static final int MAX_NUMBER_LENGTH = 40;

    private HolderRules() {
    }

    public static Validation validate(CardHolder holder) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(holder.number().isEmpty(), "number", "holder.error.number.required");
        errors.errorIf(holder.number().length() > MAX_NUMBER_LENGTH, "number", "holder.error.number.length",
                MAX_NUMBER_LENGTH);
        errors.errorIf(holder.name().isEmpty(), "name", "holder.error.name.required");
        errors.errorIf(holder.name().length() > 200, "name", "holder.error.tooLong", 200);
        errors.errorIf(holder.programme().length() > 200, "programme", "holder.error.tooLong", 200);
        errors.errorIf(holder.kind() == null, "kind", "holder.error.kind.required");
        errors.errorIf(!holder.email().isEmpty() && !ContactRules.isEmail(holder.email()),
                "email", "holder.error.email.shape", holder.email());
        errors.errorIf(!holder.phone().isEmpty() && !ContactRules.isPhone(holder.phone()),
                "phone", "holder.error.phone.shape", holder.phone());
        return errors.build();
    }
}
