package id.jalin.acquisition.domain;

import id.jalin.catalogue.domain.MatchRule;

/**
 * A sign that a proposal line may buy something twice, with its evidence: who holds or asked for it, which record
 * or line, how many copies, and the rule and key that matched ({@link MatchRule#ISBN} with the 13-digit ISBN, or
 * {@link MatchRule#TITLE_KEY} with the title key).
 *
 * @param memberId the member holding it ({@link FlagKind#HELD_BY_MEMBER}), asking for it too
 *        ({@link FlagKind#SAME_ROUND}) or that it was ordered for ({@link FlagKind#EARLIER_ORDER})
 * @param recordId the union catalogue's record, for {@link FlagKind#HELD_BY_MEMBER}; null otherwise
 * @param otherLineId the other proposal line, for the two other kinds; null otherwise
 * @param otherRoundId the earlier round, for {@link FlagKind#EARLIER_ORDER}; null otherwise
 * @param otherRoundName that round's name; empty otherwise
 * @param title the title as the matching record or line gives it
 * @param copies the copies held, asked for, or ordered
 */
public record DuplicateFlag(long lineId, FlagKind kind, long memberId, Long recordId, Long otherLineId,
                           Long otherRoundId, String otherRoundName, String title, int copies, MatchRule rule,
                           String key) {
    public DuplicateFlag {
        otherRoundName = otherRoundName == null ? "" : otherRoundName;
        title = title == null ? "" : title;
        key = key == null ? "" : key;
    }
}
