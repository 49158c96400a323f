package id.jalin.redistribution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random offers, registers and claims: allocations never exceed the offer nor a claim, never go to the giver or
 * a member that left, and with smaller libraries first (and first come) do not depend on the order the claims are
 * listed.
 */
class AllocationPropertiesTest {
    private static final long GIVER = 1;
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 2, 8, 0);

    /** A member's collection size (null: unknown) and whether it is still in the forum. */
    record Entry(Integer size, boolean active) {
    }

    /** A claim's member (an index into the register, 0 being the giver), copies wanted and minutes after START. */
    record Wish(int member, int copies, int minute) {
    }

    @Provide
    Arbitrary<List<Entry>> registers() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(100, 5_000).injectNull(0.15)
                // few distinct sizes, so that ties are common
                .map(size -> size == null ? null : size / 1_000 * 1_000);
        return Combinators.combine(sizes, Arbitraries.of(true, true, true, false)).as(Entry::new).list()
                .ofMinSize(2).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Wish>> wishes() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 5)).as(Wish::new).list().ofMaxSize(12);
    }

    private static Map<Long, RedistributionMember> register(List<Entry> entries) {
        Map<Long, RedistributionMember> register = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            long id = GIVER + i;
            register.put(id, new RedistributionMember(id, "M" + id, "Member " + id, entries.get(i).size(),
                    entries.get(i).active()));
        }
        return register;
    }

    private static List<Claim> claims(List<Wish> wishes, int members) {
        List<Claim> claims = new ArrayList<>();
        long id = 100;
        for (Wish wish : wishes) {
            claims.add(AllocationTest.claim(id++, GIVER + wish.member() % members, wish.copies(),
                    START.plusMinutes(wish.minute())));
        }
        return claims;
    }

    @Property
    void allocationsNeverExceedTheOfferOrAClaimAndNeverGoToTheGiverOrAMemberThatLeft(
            @ForAll("registers") List<Entry> entries, @ForAll("wishes") List<Wish> wishes,
            @ForAll @IntRange(min = 1, max = 20) int copies, @ForAll AllocationRule rule) {
        Map<Long, RedistributionMember> register = register(entries);
        List<Claim> claims = claims(wishes, entries.size());
        Map<Long, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::id, claim -> claim));

        List<Allotment> allotments = Allocation.allocate(rule, GIVER, copies, claims, register);

        assertThat(allotments).hasSize(claims.size());
        assertThat(allotments.stream().mapToInt(Allotment::copies).sum()).isLessThanOrEqualTo(copies);
        for (Allotment allotment : allotments) {
            Claim claim = byId.get(allotment.claimId());
            assertThat(allotment.copies()).isBetween(0, claim.copies());
            if (claim.claimantId() == GIVER || !register.get(claim.claimantId()).active()) {
                assertThat(allotment.copies()).isZero();
            }
        }
    }

    @Property
    void theAllocationDoesNotDependOnTheOrderTheClaimsAreListed(@ForAll("registers") List<Entry> entries,
            @ForAll("wishes") List<Wish> wishes, @ForAll @IntRange(min = 1, max = 20) int copies,
            @ForAll AllocationRule rule, @ForAll long seed) {
        Map<Long, RedistributionMember> register = register(entries);
        List<Claim> claims = claims(wishes, entries.size());
        List<Claim> shuffled = new ArrayList<>(claims);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(given(Allocation.allocate(rule, GIVER, copies, shuffled, register)))
                .isEqualTo(given(Allocation.allocate(rule, GIVER, copies, claims, register)));
    }

    @Property
    void whenCopiesRunShortNoLargerCollectionIsServedBeforeASmallerOne(@ForAll("registers") List<Entry> entries,
            @ForAll("wishes") List<Wish> wishes, @ForAll @IntRange(min = 1, max = 20) int copies) {
        Map<Long, RedistributionMember> register = register(entries);
        List<Claim> claims = claims(wishes, entries.size());

        Map<Long, Integer> given = given(Allocation.allocate(AllocationRule.SMALLER_FIRST, GIVER, copies, claims,
                register));

        for (Claim shorted : claims) {
            RedistributionMember member = register.get(shorted.claimantId());
            if (shorted.claimantId() == GIVER || !member.active() || member.collectionSize() == null
                    || given.get(shorted.id()) == shorted.copies()) {
                continue;
            }
            // a claim that got less than it wanted: every larger or unknown collection got nothing
            for (Claim other : claims) {
                Integer size = register.get(other.claimantId()).collectionSize();
                if (size == null || size > member.collectionSize()) {
                    assertThat(given.get(other.id())).as("claim %d after shorted claim %d", other.id(),
                            shorted.id()).isZero();
                }
            }
        }
    }

    private static Map<Long, Integer> given(List<Allotment> allotments) {
        return allotments.stream().collect(Collectors.toMap(Allotment::claimId, Allotment::copies));
    }
}
