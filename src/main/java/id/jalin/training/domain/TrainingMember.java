package id.jalin.training.domain;

/** A member of the register as training reads it; only an active member hosts a new event. */
public record TrainingMember(long id, String code, String name, boolean active) {
}
