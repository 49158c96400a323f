package id.jalin.redistribution.domain;

/**
 * A member library as redistribution needs it: its code and name, the size of its collection from the register
 * (titles; null when the register does not say) for the smaller-libraries-first rule, and whether it is still in the
 * forum (one that left neither offers nor claims).
 */
public record RedistributionMember(long id, String code, String name, Integer collectionSize, boolean active) {
}
