package id.jalin.catalogue.domain;

/**
 * A member's record that a probe matched, with the evidence: which record, whose, how many copies, and the rule and
 * key that matched ({@link MatchRule#ISBN} with the 13-digit ISBN, or {@link MatchRule#TITLE_KEY} with the key).
 *
 * @param probe the probe's position in the list asked about
 */
public record HeldMatch(int probe, long recordId, long workId, long memberId, String sourceId, String title,
                        int copies, String callNumber, MatchRule rule, String key) {
}
