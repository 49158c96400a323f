package id.jalin.acquisition.domain;

import java.util.List;

/** The member register as joint acquisition reads it. */
@FunctionalInterface
public interface AcquisitionMembers {
    /** Every member, those that left included, in code order. */
    List<AcquisitionMember> all();
}
