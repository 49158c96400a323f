package id.jalin.catalogue.domain;

/** The work a record joins, and the rule by which. */
public record WorkMatch(long workId, MatchRule rule) {
}
