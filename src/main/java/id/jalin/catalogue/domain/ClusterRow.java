package id.jalin.catalogue.domain;

/** One line of the clusters export: which member's record sits in which work, and by which rule. */
public record ClusterRow(long workId, String memberCode, String sourceId, MatchRule rule, String title) {
}
