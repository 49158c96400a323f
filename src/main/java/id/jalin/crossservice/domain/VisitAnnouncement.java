package id.jalin.crossservice.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A holder's notice that they will visit a host library on a day or over a few days, as the forum requires
 * before a visit. {@code from} and {@code to} are both included; a one-day visit has them equal. {@code announcedBy}
 * is the signature of the person who was signed in when it was announced.
 */
public record VisitAnnouncement(
        Long id,
        int version,
        long holderId,
        long hostLibraryId,
        LocalDate from,
        LocalDate to,
        String purpose,
        String announcedBy,
        LocalDateTime createdAt) {

    public VisitAnnouncement {
        purpose = purpose == null ? "" : purpose.strip();
        announcedBy = announcedBy == null ? "" : announcedBy.strip();
    }

    /** A new announcement; the service fills in who announced it from the person signed in. */
    public static VisitAnnouncement of(long holderId, long hostLibraryId, LocalDate from, LocalDate to, String purpose) {
        return new VisitAnnouncement(null, 0, holderId, hostLibraryId, from, to, purpose, "", null);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public VisitAnnouncement announcedBy(String who) {
        return new VisitAnnouncement(id, version, holderId, hostLibraryId, from, to, purpose, who, createdAt);
    }

    public VisitAnnouncement createdAt(LocalDateTime at) {
        return new VisitAnnouncement(id, version, holderId, hostLibraryId, from, to, purpose, announcedBy, at);
    }
}
