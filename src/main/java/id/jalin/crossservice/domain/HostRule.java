package id.jalin.crossservice.domain;

/** A host library's rule for unannounced visitors; libraries without a stored rule use the default. */
public record HostRule(long libraryId, int version, UnannouncedPolicy unannounced) {
    public static HostRule defaultFor(long libraryId) {
        return new HostRule(libraryId, -1, UnannouncedPolicy.DEFAULT);
    }

    /** True when no rule is stored for the library yet (version -1), so saving inserts. */
    public boolean isDefault() {
        return version < 0;
    }
}
