package id.jalin.crossservice.domain;

import id.jalin.member.domain.MemberStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The few questions the arrival desk asks of storage; small so that {@link DeskCheck} is easy to test alone. */
public interface DeskLookup {
    Optional<Card> findCardByNumber(CardNumber number);

    Optional<CardHolder> findHolder(long holderId);

    /** Announcements of {@code holderId} at {@code hostLibraryId} whose range includes {@code day}. */
    List<VisitAnnouncement> announcementsCovering(long holderId, long hostLibraryId, LocalDate day);

    /** Where the holder's home library stands in the forum; empty if it is no longer in the register. */
    Optional<MemberStatus> libraryStatus(long libraryId);

    /** The stored rule, or {@link HostRule#defaultFor} when the library has not chosen one. */
    HostRule hostRule(long hostLibraryId);
}
