package id.jalin.redistribution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The allocation rules on worked examples, ties included, as decision 0031 states them. */
class AllocationTest {
    static final long GIVER = 1;
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 2, 9, 0);

    private static final Map<Long, RedistributionMember> REGISTER = Stream.of(
            new RedistributionMember(GIVER, "ITB", "Perpustakaan ITB", 250_000, true),
            new RedistributionMember(2, "UNPAD", "Perpustakaan Unpad", 180_000, true),
            new RedistributionMember(3, "UNISBA", "Perpustakaan Unisba", 40_000, true),
            new RedistributionMember(4, "STTB", "Perpustakaan STT Bandung", 40_000, true),
            new RedistributionMember(5, "POLMAN", "Perpustakaan Polman", null, true),
            new RedistributionMember(6, "LAMA", "Perpustakaan yang keluar", 1_000, false))
            .collect(Collectors.toMap(RedistributionMember::id, Function.identity()));

    static Claim claim(long id, long claimant, int copies, LocalDateTime at) {
        return new Claim(id, 10, claimant, copies, "", at, "", null, ClaimState.WAITING, null, "", null, 1);
    }

    private static Map<Long, Integer> given(List<Allotment> allotments) {
        return allotments.stream().collect(Collectors.toMap(Allotment::claimId, Allotment::copies));
    }

    @Test
    void firstComeServesClaimsInTheOrderTheyWereMadeEachTakingWhatIsLeft() {
        List<Claim> claims = List.of(claim(12, 3, 2, NINE.plusMinutes(5)), claim(11, 2, 3, NINE),
                claim(13, 4, 4, NINE.plusMinutes(9)));

        List<Allotment> allotments = Allocation.allocate(AllocationRule.FIRST_COME, GIVER, 4, claims, REGISTER);

        assertThat(allotments).containsExactly(new Allotment(11, 3), new Allotment(12, 1), new Allotment(13, 0));
    }

    @Test
    void smallerLibrariesFirstServesTheSmallestCollectionFirstWhateverTheTimeOfTheClaim() {
        List<Claim> claims = List.of(claim(11, 2, 3, NINE), claim(12, 3, 2, NINE.plusDays(3)));

        assertThat(given(Allocation.allocate(AllocationRule.SMALLER_FIRST, GIVER, 3, claims, REGISTER)))
                .isEqualTo(Map.of(12L, 2, 11L, 1));
    }

    @Test
    void betweenEqualCollectionsTheClaimMadeFirstWinsThenTheLowerClaimNumber() {
        // UNISBA and STTB both hold 40,000 titles
        List<Claim> laterFirst = List.of(claim(21, 3, 2, NINE.plusHours(1)), claim(22, 4, 2, NINE));
        assertThat(given(Allocation.allocate(AllocationRule.SMALLER_FIRST, GIVER, 2, laterFirst, REGISTER)))
                .isEqualTo(Map.of(22L, 2, 21L, 0));

        List<Claim> sameInstant = List.of(claim(32, 3, 2, NINE), claim(31, 4, 2, NINE));
        assertThat(given(Allocation.allocate(AllocationRule.SMALLER_FIRST, GIVER, 2, sameInstant, REGISTER)))
                .isEqualTo(Map.of(31L, 2, 32L, 0));
    }

    @Test
    void aMemberWhoseSizeTheRegisterDoesNotGiveComesAfterEveryKnownSize() {
        List<Claim> claims = List.of(claim(41, 5, 1, NINE), claim(42, 2, 1, NINE.plusDays(1)));

        assertThat(given(Allocation.allocate(AllocationRule.SMALLER_FIRST, GIVER, 1, claims, REGISTER)))
                .isEqualTo(Map.of(42L, 1, 41L, 0));
    }

    @Test
    void theGiverAndAMemberThatLeftGetNothingEvenWithTheSmallestCollection() {
        List<Claim> claims = List.of(claim(51, 6, 2, NINE), claim(52, GIVER, 2, NINE), claim(53, 2, 2, NINE));

        assertThat(given(Allocation.allocate(AllocationRule.SMALLER_FIRST, GIVER, 2, claims, REGISTER)))
                .isEqualTo(Map.of(51L, 0, 52L, 0, 53L, 2));
    }

    @Test
    void aFirstComeClaimGetsWhatItWantsOrWhatIsLeft() {
        assertThat(Allocation.firstComeShare(5, 0, 3)).isEqualTo(3);
        assertThat(Allocation.firstComeShare(5, 3, 3)).isEqualTo(2);
        assertThat(Allocation.firstComeShare(5, 5, 1)).isZero();
    }
}
