package id.jalin.training.domain;

import java.util.List;
import java.util.Optional;

/** The member register as training reads it. */
public interface TrainingMembers {
    /** Every member, those that left included, in code order. */
    List<TrainingMember> all();

    /** The member's staff in the register, in name order. */
    List<TrainingStaff> staff(long memberId);

    default Optional<TrainingMember> member(long memberId) {
        return all().stream().filter(member -> member.id() == memberId).findFirst();
    }
}
