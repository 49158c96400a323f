package id.jalin.redistribution.domain;

import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Surplus books among the demo members, told through the service on the days things happened: two open offers
 * (one first come, one for smaller libraries first closing next week, already claimed by two members), and one
 * offer from last month whose copies were claimed, shipped and received.
 */
public final class DemoRedistribution {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final SurplusRedistribution service;
    private final LocalDate today;

    private DemoRedistribution(SurplusRedistribution service) {
        this.service = service;
        this.today = service.today();
    }

    public static void loadInto(SurplusRedistribution service, Progress progress) {
        new DemoRedistribution(service).load(progress);
    }

    private void load(Progress progress) {
        // the largest collections give, the smallest ask: the way surplus travels in a forum
        List<RedistributionMember> bySize = service.members().stream().filter(RedistributionMember::active)
                .sorted(Comparator.comparing((RedistributionMember member) -> member.collectionSize() == null ? 0
                        : member.collectionSize()).reversed().thenComparing(RedistributionMember::code)).toList();
        if (bySize.size() < 4) {
            return;
        }
        long large = bySize.get(0).id();
        long second = bySize.get(1).id();
        long small = bySize.get(bySize.size() - 1).id();
        long smaller = bySize.get(bySize.size() - 2).id();

        LocalDate monthAgo = today.minusDays(30);
        SurplusOffer past = saved(on(monthAgo).post(SurplusOffer.of(large, "Pengantar ilmu perpustakaan",
                "Sulistyo-Basuki", "979-403-082-1", 1991, 3, ItemCondition.GOOD, SurplusReason.DUPLICATE,
                AllocationRule.FIRST_COME, null, "Eksemplar ganda hasil hibah")));
        Claim taken = saved(on(monthAgo.plusDays(2)).claim(Claim.of(past.id(), small, 2, "Untuk koleksi referensi")));
        Claim shipped = saved(on(monthAgo.plusDays(6)).ship(read(taken), monthAgo.plusDays(6), "JNE 0098123"));
        saved(on(monthAgo.plusDays(9)).receive(read(shipped), monthAgo.plusDays(9)));
        progress.update(1, 3);

        SurplusOffer open = saved(on(today.minusDays(5)).post(SurplusOffer.of(second, "Manajemen perpustakaan "
                + "perguruan tinggi", "Qalyubi, Syihabuddin", "", 2007, 4, ItemCondition.FAIR, SurplusReason.WEEDED,
                AllocationRule.FIRST_COME, null, "")));
        saved(on(today.minusDays(2)).claim(Claim.of(open.id(), smaller, 1, "")));
        progress.update(2, 3);

        SurplusOffer priority = saved(on(today.minusDays(3)).post(SurplusOffer.of(large, "Kamus besar bahasa "
                + "Indonesia", "Pusat Bahasa", "978-979-22-3841-9", 2008, 2, ItemCondition.AS_NEW,
                SurplusReason.DONATION_SURPLUS, AllocationRule.SMALLER_FIRST, today.plusDays(7),
                "Dibagi setelah tanggal penutupan, perpustakaan kecil didahulukan")));
        saved(on(today.minusDays(1)).claim(Claim.of(priority.id(), second, 2, "")));
        saved(service.claim(Claim.of(priority.id(), small, 1, "")));
        progress.update(3, 3);
    }

    private Claim read(Claim claim) {
        return service.findClaim(claim.id()).orElseThrow();
    }

    private SurplusRedistribution on(LocalDate day) {
        return service.withClock(Clock.fixed(day.atTime(10, 0).atZone(JAKARTA).toInstant(), JAKARTA));
    }

    private static <T> T saved(SaveResult<T> result) {
        if (result instanceof SaveResult.Saved<T> saved) {
            return saved.value();
        }
        throw new IllegalStateException("The demo redistribution was refused: " + result);
    }
}
