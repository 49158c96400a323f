package id.jalin.crossservice.domain;

/** Who a card holder is at their home campus; labels are {@code holder.kind.<NAME>} in the bundles. */
public enum HolderKind {
    STUDENT, LECTURER, STAFF
}
