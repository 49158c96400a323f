package id.jalin.member.domain;

import java.time.LocalDateTime;

/**
 * One member's last load into the union catalogue: when, from what kind of source ({@code sourceLabel} already in
 * the user's words, "SLiMS bibliography CSV"), from which file or address ({@code origin}, may be empty), and how
 * many records it holds now.
 */
public record HoldingsSummary(LocalDateTime loadedAt, String sourceLabel, String origin, int records) {
    public HoldingsSummary {
        sourceLabel = sourceLabel == null ? "" : sourceLabel.strip();
        origin = origin == null ? "" : origin.strip();
    }
}
