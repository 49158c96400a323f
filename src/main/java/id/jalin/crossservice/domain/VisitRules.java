package id.jalin.crossservice.domain;

import id.jalin.kernel.validation.Validation;

/** What an announcement must satisfy; the holder's home library is needed because nobody visits their own. */
public final class VisitRules {
    private VisitRules() {
    }

    public static Validation validate(VisitAnnouncement announcement, long homeLibraryId) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(announcement.hostLibraryId() == homeLibraryId, "hostLibraryId", "visit.error.host.isHome");
        errors.errorIf(announcement.from() == null, "from", "visit.error.from.required");
        errors.errorIf(announcement.to() == null, "to", "visit.error.to.required");
        errors.errorIf(announcement.from() != null && announcement.to() != null
                && announcement.to().isBefore(announcement.from()), "to", "visit.error.to.beforeFrom");
        errors.errorIf(announcement.purpose().length() > 500, "purpose", "visit.error.tooLong", 500);
        return errors.build();
    }
}
