package id.jalin.training.domain;

/** A member library's staff person as training reads them. */
public record TrainingStaff(long id, long memberId, String name, String position, String email) {
}
