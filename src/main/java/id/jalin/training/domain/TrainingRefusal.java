package id.jalin.training.domain;

import id.jalin.kernel.validation.Validation;

/**
 * A rule broken where it can only be checked under the event's lock (the seats, the quota, the same person twice):
 * thrown inside the storing transaction so nothing is stored half, and turned into {@code SaveResult.Invalid} by the
 * service. The reasons are bundle keys, like every validation's.
 */
public final class TrainingRefusal extends RuntimeException {
    private final transient Validation validation;

    public TrainingRefusal(Validation validation) {
        super("Refused: " + validation.errors());
        this.validation = validation;
    }

    public static TrainingRefusal because(String field, String messageKey, Object... args) {
        return new TrainingRefusal(Validation.builder().error(field, messageKey, args).build());
    }

    public Validation validation() {
        return validation;
    }
}
