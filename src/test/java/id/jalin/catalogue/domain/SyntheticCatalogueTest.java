package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCatalogueTest {
    private static final int MEMBERS = 5;
    private static final int RECORDS = 600;
    /** Every record of the five members: its member, its planted work, its keys, and the work clustering gave it. */
    private static final List<Placed> PLACED = new ArrayList<>();

    record Placed(int member, long planted, CatalogueRecord record, long clustered, MatchRule rule) {
    }

    /** Clusters the five members' records one member after the other, as loads would, with candidates by key. */
    @BeforeAll
    static void clusterFiveMembers() {
        SyntheticCatalogue catalogue = new SyntheticCatalogue(42);
        WorkMatcher matcher = new WorkMatcher();
        Map<String, List<WorkCandidate>> byKey = new HashMap<>();
        long[] nextWork = {1};
        for (int member = 0; member < MEMBERS; member++) {
            int memberIndex = member;
            catalogue.planted(member, RECORDS, (planted, record) -> {
                MatchKeys keys = ClusterKeys.of(record);
                Set<WorkCandidate> candidates = new HashSet<>();
                for (String key : lookups(keys)) {
                    candidates.addAll(byKey.getOrDefault(key, List.of()));
                }
                WorkMatch match = matcher.match(keys, memberIndex, candidates)
                        .orElseGet(() -> new WorkMatch(nextWork[0]++, MatchRule.OWN));
                WorkCandidate placed = new WorkCandidate(match.workId(), memberIndex, keys);
                for (String key : lookups(keys)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(placed);
                }
                PLACED.add(new Placed(memberIndex, planted, record, match.workId(), match.rule()));
            });
        }
    }

    private static List<String> lookups(MatchKeys keys) {
        List<String> lookups = new ArrayList<>(keys.identifiers());
        if (!keys.exactKey().isEmpty()) {
            lookups.add("exact " + keys.exactKey());
        }
        if (!keys.blockKey().isEmpty()) {
            lookups.add("block " + keys.blockKey());
        }
        return lookups;
    }

    @Test
    void aMemberIsTheSameForTheSameSeedWhetherGeneratedAloneOrStreamedAndDiffersForAnotherSeed() {
        List<CatalogueRecord> listed = new SyntheticCatalogue(7).member(3, 200);
        List<CatalogueRecord> streamed = new ArrayList<>();
        new SyntheticCatalogue(7).member(3, 200, streamed::add);

        assertThat(streamed).isEqualTo(listed);
        assertThat(new SyntheticCatalogue(7).member(3, 50)).isEqualTo(listed.subList(0, 50));
        assertThat(new SyntheticCatalogue(8).member(3, 200)).isNotEqualTo(listed);
        assertThat(new SyntheticCatalogue(7).member(4, 200)).isNotEqualTo(listed);
    }

    @Test
    void recordsLookLikeAUniversityLibrarysHoldings() {
        List<CatalogueRecord> records = new SyntheticCatalogue(42).member(1, 2000);

        assertThat(records).allSatisfy(record -> {
            assertThat(record.title()).isNotBlank();
            assertThat(record.year()).isBetween(1980, 2026);
            assertThat(record.callNumber()).matches("([SP] )?[0-9]{3}(\\.[0-9]+)? [A-Z']{1,3} [a-z0-9]");
            assertThat(record.itemCodes()).hasSize(record.copies());
            assertThat(record.isbns()).allMatch(Isbn::checkDigitValid);
            assertThat(record.issns()).allMatch(Issn::checkValid);
            assertThat(record.original()).isEmpty();
        });
        double withoutIsbn = records.stream().filter(r -> r.kind() == MaterialKind.BOOK && r.isbns().isEmpty())
                .count() / (double) records.stream().filter(r -> r.kind() == MaterialKind.BOOK).count();
        assertThat(withoutIsbn).isBetween(0.12, 0.30);
        assertThat(records).anyMatch(r -> r.kind() == MaterialKind.THESIS && r.notes().startsWith("Skripsi"));
        assertThat(records).anyMatch(r -> r.kind() == MaterialKind.SERIAL && !r.issns().isEmpty());
        assertThat(records).anyMatch(r -> r.edition().startsWith("Cet"));
        assertThat(records).anyMatch(r -> EditionNumber.of(r.edition()).equals("2"));
        assertThat(records).anyMatch(r -> "en".equals(r.language()));
        assertThat(records).anyMatch(r -> r.mainAuthor().contains(", "));
        assertThat(records.stream().map(CatalogueRecord::place).distinct())
                .contains("Bandung", "Jakarta", "Yogyakarta");
    }

    @Test
    void anIsbnIsWrittenAsTenAtSomeMembersAndThirteenAtOthers() {
        Isbn isbn = Isbn.read("9786020332956").orElseThrow();
        Set<Integer> lengths = new HashSet<>();
        for (int id = 1000; id < 1040; id++) {
            String written = SyntheticCatalogue.asWritten(String.valueOf(id), isbn);
            assertThat(Isbn.read(written)).contains(isbn);
            lengths.add(written.replace("-", "").length());
        }
        assertThat(lengths).containsExactlyInAnyOrder(10, 13);
    }

    @Test
    void aboutThirtyPercentOfAMembersTitlesAreHeldByOtherMembersToo() {
        Map<Long, Set<Integer>> holders = new HashMap<>();
        PLACED.forEach(p -> holders.computeIfAbsent(p.planted(), k -> new HashSet<>()).add(p.member()));
        double shared = PLACED.stream().filter(p -> holders.get(p.planted()).size() > 1).count()
                / (double) PLACED.size();

        System.out.printf("Synthetic catalogue, %d members x %d records: %.1f%% of records are of works held by "
                + "several members%n", MEMBERS, RECORDS, shared * 100);
        assertThat(shared).isBetween(0.25, 0.35);
    }

    @Test
    void clusteringFindsThePlantedWorks() {
        Map<Long, Set<Long>> plantedPerCluster = new LinkedHashMap<>();
        Map<Long, Set<Long>> clustersPerPlanted = new LinkedHashMap<>();
        for (Placed p : PLACED) {
            plantedPerCluster.computeIfAbsent(p.clustered(), k -> new HashSet<>()).add(p.planted());
            clustersPerPlanted.computeIfAbsent(p.planted(), k -> new HashSet<>()).add(p.clustered());
        }
        long mixedClusters = plantedPerCluster.values().stream().filter(s -> s.size() > 1).count();
        long splitWorks = clustersPerPlanted.values().stream().filter(s -> s.size() > 1).count();
        long sharedClusters = PLACED.stream().filter(p -> p.rule() != MatchRule.OWN)
                .map(Placed::clustered).distinct().count();

        System.out.printf("Clustered %d records into %d works (%d planted); %d works held by several members; "
                + "%d clusters mix planted works, %d planted works split%n", PLACED.size(),
                plantedPerCluster.size(), clustersPerPlanted.size(), sharedClusters, mixedClusters, splitWorks);
        plantedPerCluster.forEach((cluster, planted) -> {
            if (planted.size() > 1) {
                PLACED.stream().filter(p -> p.clustered() == cluster).forEach(p -> System.out.printf(
                        "  mixed: work %d member %d planted %d by %s: %s%n", cluster, p.member(), p.planted(),
                        p.rule(), ClusterKeys.of(p.record())));
            }
        });
        assertThat(splitWorks).isZero();
        assertThat(mixedClusters).isLessThanOrEqualTo(1);
        assertThat(plantedPerCluster.size()).isBetween(clustersPerPlanted.size() - 1, clustersPerPlanted.size());
    }
}
