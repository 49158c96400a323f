package id.jalin.crossservice.domain;

import id.jalin.kernel.i18n.Labels;

/** Who a card holder is at their home campus; labels are {@code holder.kind.<NAME>} in the bundles. */
@Labels("holder.kind")
public enum HolderKind {
    STUDENT, LECTURER, STAFF
}
