package id.jalin.catalogue.domain;

import java.time.LocalDateTime;

/**
 * A member's last load into the union catalogue: when, from where, what it stored and set aside, and the member's
 * change generation after it (what the workstations' search indexes compare with their own).
 */
public record MemberLoad(long memberId, long generation, LocalDateTime loadedAt, HoldingsSource source, String origin,
                         int records, int setAside, int flagged, String loadedBy) {
}
