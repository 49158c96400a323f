package id.jalin.acquisition.domain;

/** A member of the register as rounds show it. Only an active member may join a new round. */
public record AcquisitionMember(long id, String code, String name, boolean active) {
}
