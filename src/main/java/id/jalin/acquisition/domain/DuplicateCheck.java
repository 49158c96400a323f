package id.jalin.acquisition.domain;

import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.MatchKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags the lines of a round that may buy something twice: held by a member (the union catalogue's answer), asked
 * for by another line of the round, or ordered by an earlier round. Dropped lines neither get nor give flags.
 */
public final class DuplicateCheck {
    private DuplicateCheck() {
    }

    /**
     * @param lines the round's lines
     * @param held the catalogue's matches for the lines' probes, {@link HeldMatch#probe()} counting in {@code lines}
     * @param earlier lines earlier rounds ordered that share a key with one of {@code lines}
     */
    public static List<DuplicateFlag> of(List<ProposalLine> lines, List<HeldMatch> held, List<EarlierOrder> earlier) {
        List<MatchKeys> keys = lines.stream().map(line -> line.title().keys()).toList();
        List<DuplicateFlag> flags = new ArrayList<>();
        for (HeldMatch match : held) {
            ProposalLine line = lines.get(match.probe());
            if (line.decision() != Decision.DROPPED) {
                flags.add(new DuplicateFlag(line.id(), FlagKind.HELD_BY_MEMBER, match.memberId(), match.recordId(),
                        null, null, "", match.title(), match.copies(), match.rule(), match.key()));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            ProposalLine line = lines.get(i);
            if (line.decision() == Decision.DROPPED) {
                continue;
            }
            for (int j = 0; j < lines.size(); j++) {
                ProposalLine other = lines.get(j);
                if (i == j || other.decision() == Decision.DROPPED) {
                    continue;
                }
                Optional<TitleMatch> match = TitleMatch.between(keys.get(i), keys.get(j));
                match.ifPresent(found -> flags.add(new DuplicateFlag(line.id(), FlagKind.SAME_ROUND, other.memberId(),
                        null, other.id(), null, "", other.title().title(), other.copies(), found.rule(),
                        found.key())));
            }
            for (EarlierOrder order : earlier) {
                ProposalLine ordered = order.line();
                TitleMatch.between(keys.get(i), ordered.title().keys()).ifPresent(found -> flags.add(
                        new DuplicateFlag(line.id(), FlagKind.EARLIER_ORDER, ordered.memberId(), null, ordered.id(),
                                ordered.roundId(), order.roundName(), ordered.title().title(), ordered.copies(),
                                found.rule(), found.key())));
            }
        }
        return flags;
    }
}
