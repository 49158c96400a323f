package id.jalin.crossservice.domain;

import java.util.List;

/**
 * Announcements nobody came for: the range has passed and the holder was never let in at that host within it.
 * A refused scan does not count as showing up, since the point is to tell hosts whose visitors do not come.
 */
public final class NoShows {
    private NoShows() {
    }

    public static List<VisitAnnouncement> among(List<VisitAnnouncement> announcements, List<Arrival> arrivals,
                                                java.time.LocalDate today) {
        return announcements.stream()
                .filter(a -> a.to().isBefore(today))
                .filter(a -> arrivals.stream().noneMatch(arrival -> cameFor(a, arrival)))
                .toList();
    }

    private static boolean cameFor(VisitAnnouncement announcement, Arrival arrival) {
        return arrival.verdict().admits()
                && arrival.holderId() != null && arrival.holderId() == announcement.holderId()
                && arrival.hostLibraryId() == announcement.hostLibraryId()
                && announcement.covers(arrival.arrivedAt().toLocalDate());
    }
}
