package id.jalin.catalogue.data;

import static id.jalin.catalogue.domain.TestRecords.book;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.ClusterKeys;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.SyntheticCatalogue;
import id.jalin.catalogue.domain.WorkCandidate;
import id.jalin.catalogue.domain.WorkMatch;
import id.jalin.catalogue.domain.WorkMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The keys held in memory decide as the keys in words do: one member's records placed against another's, once with
 * the stored keys looked up by their words and once through {@link MemberKeys} by hash, land in the same works by
 * the same rules.
 */
class MemberKeysTest {
    private final WorkMatcher matcher = new WorkMatcher();

    @Test
    void recordsComparedByHashedKeysMatchTheSameWorksByTheSameRulesAsByTheirWords() {
        SyntheticCatalogue forum = new SyntheticCatalogue(7, 2);
        List<CatalogueRecord> first = new ArrayList<>(forum.member(0, 3000));
        List<CatalogueRecord> second = new ArrayList<>(forum.member(1, 3000));
        // near-identical titles, which the synthetic forum does not write
        first.add(book("s-1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, ""));
        second.add(book("s-2", "Pengantar ilmu perpustkaan", "Sulistyo-Basuki", 1991, ""));
        first.add(book("s-3", "Dasar-dasar manajemen perpustakaan sekolah", "Darmono", 2001, ""));
        second.add(book("s-4", "Dasardasar manajemen perpustkaan sekolah", "Darmono", 2001, ""));
        Map<String, List<WorkCandidate>> byWords = new HashMap<>();
        MemberKeys.Builder builder = MemberKeys.builder();
        for (int i = 0; i < first.size(); i++) {
            MatchKeys keys = ClusterKeys.of(first.get(i));
            WorkCandidate candidate = new WorkCandidate(1000 + i, 1, keys);
            for (String key : Placement.keyStrings(keys)) {
                byWords.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
            }
            builder.add(1000 + i, keys);
        }
        MemberKeys held = builder.build(1, 5);

        Map<MatchRule, Integer> rules = new EnumMap<>(MatchRule.class);
        for (CatalogueRecord record : second) {
            MatchKeys keys = ClusterKeys.of(record);
            Map<Long, WorkCandidate> plain = new LinkedHashMap<>();
            for (String key : Placement.keyStrings(keys)) {
                byWords.getOrDefault(key, List.of()).forEach(candidate -> plain.put(candidate.workId(), candidate));
            }
            Map<Long, WorkCandidate> hashed = new LinkedHashMap<>();
            for (long hash : MemberKeys.lookupHashes(keys)) {
                held.find(hash, candidate -> hashed.put(candidate.workId(), candidate));
            }
            assertThat(hashed.keySet()).isEqualTo(plain.keySet());
            Optional<WorkMatch> byWordsMatch = matcher.match(keys, 2, plain.values());
            assertThat(matcher.match(MemberKeys.hashed(keys), 2, hashed.values())).isEqualTo(byWordsMatch);
            byWordsMatch.ifPresent(match -> rules.merge(match.rule(), 1, Integer::sum));
        }
        // the comparison covered every rule a load decides by
        assertThat(rules).containsKeys(MatchRule.ISBN, MatchRule.TITLE_KEY, MatchRule.SIMILAR_TITLE);
    }

    @Test
    void aMemberWithNoRecordsFindsNothing() {
        MemberKeys none = MemberKeys.builder().build(3, 1);
        List<WorkCandidate> found = new ArrayList<>();
        none.find(KeyHash.of("isbn:9789794030820"), found::add);
        assertThat(found).isEmpty();
        assertThat(KeyHash.of("")).isZero();
        assertThat(KeyHash.of("a")).isNotZero().isNotEqualTo(KeyHash.of("b"));
    }
}
