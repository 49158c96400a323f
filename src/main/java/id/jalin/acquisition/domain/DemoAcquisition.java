package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two purchase rounds among the demo members, told through the service on the days they happened (the same every
 * time): last year's round completed (ordered, received in two deliveries, placed) and this year's round open, with
 * proposals the checks flag in every way: titles members already hold (by ISBN-13 with hyphens and by ISBN-10),
 * one title two members ask for, and a title last year's round bought; and a second edition that is rightly not
 * flagged.
 */
public final class DemoAcquisition {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** A title of the demo union catalogue with a member holding it: proposed again by another member. */
    public record HeldTitle(Title title, long holderId) {
    }

    private final JointAcquisition acquisition;
    private final LocalDate today;

    private DemoAcquisition(JointAcquisition acquisition) {
        this.acquisition = acquisition;
        this.today = acquisition.today();
    }

    /** @param held demo catalogue titles with a valid ISBN, each with a member that holds it */
    public static void loadInto(JointAcquisition acquisition, List<HeldTitle> held, Progress progress) {
        new DemoAcquisition(acquisition).load(held, progress);
    }

    private void load(List<HeldTitle> held, Progress progress) {
        List<Long> active = acquisition.members().stream().filter(AcquisitionMember::active)
                .map(AcquisitionMember::id).toList();
        if (active.size() < 5) {
            return;
        }
        progress.checkCancelled();
        List<ProposalLine> bought = completedRound(active.subList(0, 5));
        progress.checkCancelled();
        openRound(active.subList(0, Math.min(6, active.size())), held, bought);
    }

    private List<ProposalLine> completedRound(List<Long> members) {
        Map<Long, Long> weights = new LinkedHashMap<>();
        long[] byDuesClass = {3, 2, 2, 1, 1};
        for (int i = 0; i < members.size(); i++) {
            weights.put(members.get(i), byDuesClass[i]);
        }
        PurchaseRound round = saved(on(-250).openRound(new PurchaseRound(null, "Pengadaan Bersama 2026",
                members.get(0), Money.of(150_000_000), today.minusDays(230), RoundStatus.OPEN, SplitRule.WEIGHTED,
                weights, null, "Disepakati dalam rapat anggota; langganan dibagi menurut kelas iuran.", 0)));
        JointAcquisition proposing = on(-245);
        List<ProposalLine> lines = new ArrayList<>();
        lines.add(propose(proposing, round, members.get(0), isbn("978602030001"), "Metode Penelitian Pendidikan",
                "Hidayat, Rahmat", "Alfabeta", 2025, "", ItemFormat.PRINT, false, "Gramedia", 185_000, 5, 1,
                "Buku wajib mata kuliah metodologi"));
        lines.add(propose(proposing, round, members.get(1), isbn("978602030002"), "Pengantar Ilmu Komunikasi",
                "Mulyana, Deddy", "Remaja Rosdakarya", 2024, "Edisi 1", ItemFormat.PRINT, false, "Gramedia", 165_000,
                4, 2, "Koleksi cadangan mahasiswa baru"));
        lines.add(propose(proposing, round, members.get(2), "", "Hukum Tata Negara Indonesia", "Asshiddiqie, Jimly",
                "Rajawali Pers", 2025, "", ItemFormat.PRINT, false, "Toko Buku Rajawali", 210_000, 3, 2,
                "Program studi hukum baru"));
        lines.add(propose(proposing, round, members.get(3), isbn("978602030004"), "Akuntansi Keuangan Menengah",
                "Kieso, Donald E.", "Salemba Empat", 2025, "", ItemFormat.EBOOK, false, "Salemba Empat", 450_000, 1,
                1, "Akses daring untuk kelas jarak jauh"));
        lines.add(propose(proposing, round, members.get(4), "", "Pangkalan Data Jurnal Ilmiah Nasional", "", "",
                2026, "", ItemFormat.DATABASE, true, "Penyedia Basis Data Nusantara", 60_000_000, 1, 1,
                "Dipakai semua anggota; dibagi menurut kelas iuran"));
        JointAcquisition deciding = on(-232);
        List<DuplicateFlag> flags = deciding.flags(round.id());
        for (ProposalLine line : lines) {
            boolean flagged = flags.stream().anyMatch(flag -> flag.lineId() == line.id());
            saved(flagged ? deciding.decide(line, Decision.ACCEPTED_DESPITE_FLAG, "Eksemplar lama sudah rusak")
                    : deciding.decide(line, Decision.ACCEPTED, ""));
        }
        round = saved(on(-229).move(round, RoundStatus.CLOSED, ""));
        round = saved(on(-225).move(round, RoundStatus.ORDERED, ""));
        JointAcquisition first = on(-200);
        JointAcquisition second = on(-190);
        for (ProposalLine line : first.lines(round.id())) {
            if (line.copies() > 1) {
                ProposalLine part = saved(first.receive(line, line.copies() - 1, first.today(), "INV/2026/0412"));
                saved(second.receive(part, 1, second.today(), "INV/2026/0436"));
            } else {
                saved(first.receive(line, 1, first.today(), "INV/2026/0412"));
            }
        }
        round = saved(on(-188).move(round, RoundStatus.RECEIVED, ""));
        saved(on(-180).move(round, RoundStatus.COMPLETED, ""));
        return acquisition.lines(round.id());
    }

    private void openRound(List<Long> members, List<HeldTitle> held, List<ProposalLine> bought) {
        Map<Long, Long> participants = new LinkedHashMap<>();
        members.forEach(member -> participants.put(member, 1L));
        PurchaseRound round = saved(on(-12).openRound(new PurchaseRound(null, "Pengadaan Bersama 2027",
                members.get(1), Money.of(80_000_000), today.plusDays(21), RoundStatus.OPEN, SplitRule.OWN_COPIES,
                participants, Money.of(20_000_000), "Usulan dikumpulkan sampai akhir bulan.", 0)));
        JointAcquisition proposing = on(-9);
        for (int i = 0; i < Math.min(2, held.size()); i++) {
            HeldTitle title = held.get(i);
            long proposer = members.stream().filter(member -> member != title.holderId()).skip(2 + i).findFirst()
                    .orElse(members.get(0));
            // the same number as the catalogue holds it, written as people write it: with hyphens, or as ISBN-10
            String written = i == 0 ? hyphenated(title.title().isbn()) : isbn10(title.title().isbn());
            propose(proposing, round, proposer, written, title.title().title(),
                    title.title().author(), title.title().publisher(), title.title().year(), title.title().edition(),
                    ItemFormat.PRINT, false, "Gramedia", 175_000, 2, 3, "Permintaan dosen");
        }
        String methods = isbn("978602030101");
        ProposalLine asked = propose(proposing, round, members.get(0), hyphenated(methods),
                "Metodologi Penelitian Kualitatif", "Moleong, Lexy J.", "Remaja Rosdakarya", 2026, "",
                ItemFormat.PRINT, false, "Gramedia", 120_000, 3, 1, "Skripsi mahasiswa tingkat akhir");
        ProposalLine askedToo = propose(on(-7), round, members.get(4), isbn10(methods),
                "Metodologi penelitian kualitatif", "Moleong, Lexy J.", "Remaja Rosdakarya", 2026, "",
                ItemFormat.PRINT, false, "Gramedia", 120_000, 2, 2, "Program pascasarjana");
        ProposalLine again = bought.get(0);
        propose(on(-6), round, members.get(2), again.title().isbn(), again.title().title(), again.title().author(),
                again.title().publisher(), again.title().year(), "", ItemFormat.PRINT, false, "Gramedia", 185_000, 2,
                4, "Eksemplar di perpustakaan kami kurang");
        ProposalLine secondEdition = bought.get(1);
        propose(on(-6), round, members.get(Math.min(5, members.size() - 1)), "", secondEdition.title().title(),
                secondEdition.title().author(), secondEdition.title().publisher(), 2026, "Edisi 2",
                ItemFormat.PRINT, false, "Gramedia", 175_000, 2, 2, "Edisi terbaru dengan bab media digital");
        ProposalLine journal = propose(on(-5), round, members.get(1), "", "Jurnal Perpustakaan Indonesia (langganan)",
                "", "Ikatan Pustakawan Indonesia", 2027, "", ItemFormat.JOURNAL_SUBSCRIPTION, true, "Ikapi",
                3_500_000, 1, 2, "Langganan bersama untuk semua anggota");
        ProposalLine statistics = propose(on(-4), round, members.get(3), "", "Statistika untuk Penelitian",
                "Sugiyono", "Alfabeta", 2025, "", ItemFormat.PRINT, false, "Alfabeta", 95_000, 6, 1,
                "Mata kuliah statistika semua program studi");
        ProposalLine novel = propose(on(-4), round, members.get(0), "", "Kumpulan Cerpen Kampus", "Anonim",
                "Penerbit Kecil", 2026, "", ItemFormat.PRINT, false, "Toko Buku Kampus", 60_000, 10, 9,
                "Bacaan santai ruang baca");
        JointAcquisition deciding = on(-2);
        saved(deciding.decide(journal, Decision.ACCEPTED, ""));
        saved(deciding.decide(statistics, Decision.ACCEPTED, ""));
        saved(deciding.decide(asked, Decision.ACCEPTED_DESPITE_FLAG, "Dua kampus berjauhan; masing-masing perlu"));
        saved(deciding.decide(askedToo, Decision.ACCEPTED_DESPITE_FLAG, "Dua kampus berjauhan; masing-masing perlu"));
        saved(deciding.decide(novel, Decision.DROPPED, "Di luar kebijakan pengembangan koleksi"));
    }

    private ProposalLine propose(JointAcquisition service, PurchaseRound round, long member, String isbn, String title,
                                 String author, String publisher, Integer year, String edition, ItemFormat format,
                                 boolean shared, String vendor, long price, int copies, int priority, String why) {
        return saved(service.propose(ProposalLine.proposed(round.id(), member,
                new Title(isbn, title, author, publisher, year, edition), format, shared, vendor, Money.of(price),
                copies, priority, why)));
    }

    /** The service on the day {@code days} from today, at ten in the morning. */
    private JointAcquisition on(int days) {
        return acquisition.withClock(Clock.fixed(today.plusDays(days).atTime(10, 0).atZone(JAKARTA).toInstant(),
                JAKARTA));
    }

    private static <T> T saved(SaveResult<T> result) {
        if (result instanceof SaveResult.Saved<T> saved) {
            return saved.value();
        }
        throw new IllegalStateException("The demo round was refused: " + result);
    }

    /** Twelve digits and their ISBN-13 check digit. */
    static String isbn(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve + (10 - sum % 10) % 10;
    }

    /** An ISBN-13 written with hyphens after the prefix, the group and the publisher, as printed on a book. */
    static String hyphenated(String thirteen) {
        String digits = thirteen.replaceAll("[^0-9]", "");
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + "-"
                + digits.substring(9, 12) + "-" + digits.substring(12);
    }

    /** The same book's ISBN-10 (a 978 number only), as older catalogues and order forms write it. */
    static String isbn10(String thirteen) {
        String digits = thirteen.replaceAll("[^0-9]", "");
        String nine = digits.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return nine + (check == 10 ? "X" : String.valueOf(check));
    }
}
