package id.jalin.member.domain;

import id.jalin.kernel.validation.Validation;

/** What became of a save: stored, or refused with the reasons per field. */
public sealed interface SaveOutcome {
    record Saved(Member member) implements SaveOutcome {
    }

    record Invalid(Validation validation) implements SaveOutcome {
    }
}
