package id.jalin.training.domain;

/** Who is being registered: a member's staff person from the register, or a guest typed in. */
public sealed interface Registrant {
    /** A staff person of member {@code memberId}; their name, institution and e-mail come from the register. */
    record Staff(long memberId, long staffId) implements Registrant {
    }

    /**
     * A guest. {@code memberId} is set when the guest's institution is a member library (the quota counts them), and
     * null otherwise.
     */
    record Guest(String name, String institution, String email, Long memberId) implements Registrant {
        public Guest {
            name = TrainingEvent.clean(name);
            institution = TrainingEvent.clean(institution);
            email = TrainingEvent.clean(email);
        }
    }
}
