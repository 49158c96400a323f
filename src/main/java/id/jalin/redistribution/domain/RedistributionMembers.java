package id.jalin.redistribution.domain;

import java.util.List;

/** The member register as redistribution reads it; the app implements it over the member service. */
@FunctionalInterface
public interface RedistributionMembers {
    /** Every member, those that left included. */
    List<RedistributionMember> all();
}
