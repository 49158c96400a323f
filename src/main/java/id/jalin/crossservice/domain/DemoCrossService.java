package id.jalin.crossservice.domain;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo cross-service data over the demo forum ({@link id.jalin.member.domain.DemoForum} must be loaded first):
 * thirty invented card holders at five campuses, their cards (one expired, one revoked), announcements for
 * today and the coming days and arrivals over the past weeks, all dated from the services' clock so the desk
 * and the reports always have something current to show. Stored through the services, so the rules apply.
 */
public final class DemoCrossService {
    private static final Money FEE = Money.of(25_000);
    private static final String[][] HOLDERS = {
            {"UNPAD", "180110220014", "Siti Nurhaliza", "Ilmu Perpustakaan", "STUDENT"},
            {"UNPAD", "180110220027", "Muhammad Rizal Fadillah", "Ilmu Perpustakaan", "STUDENT"},
            {"UNPAD", "140410210033", "Anisa Rahmawati", "Biologi", "STUDENT"},
            {"UNPAD", "110110200145", "Dimas Prasetyo", "Ilmu Hukum", "STUDENT"},
            {"UNPAD", "197805122005", "Dr. Neneng Sumarni", "Ilmu Informasi", "LECTURER"},
            {"UNPAD", "198503142010", "Yudi Permana", "Perpustakaan Pusat", "STAFF"},
            {"ITB", "13521045", "Rizky Aditya Nugraha", "Teknik Informatika", "STUDENT"},
            {"ITB", "16022108", "Nadia Putri Maharani", "Teknik Sipil", "STUDENT"},
            {"ITB", "10222031", "Farhan Hidayat", "Fisika", "STUDENT"},
            {"ITB", "23522011", "Laras Ayuningtyas", "Magister Informatika", "STUDENT"},
            {"ITB", "197011031998", "Prof. Hendra Wijaya", "Teknik Kimia", "LECTURER"},
            {"ITB", "199002022019", "Cahya Kurniawan", "UPT Perpustakaan", "STAFF"},
            {"UPI", "2101234", "Intan Permatasari", "Pendidikan Bahasa Inggris", "STUDENT"},
            {"UPI", "2105678", "Galih Ramadhan", "Pendidikan Sejarah", "STUDENT"},
            {"UPI", "2009876", "Wulan Sari", "Perpustakaan dan Sains Informasi", "STUDENT"},
            {"UPI", "2203345", "Arif Budiman", "Pendidikan Matematika", "STUDENT"},
            {"UPI", "198206152008", "Dra. Euis Mulyati", "Perpustakaan dan Sains Informasi", "LECTURER"},
            {"UPI", "2204412", "Fitria Handayani", "Psikologi", "STUDENT"},
            {"POLBAN", "221511001", "Bagas Saputra", "Teknik Elektronika", "STUDENT"},
            {"POLBAN", "221511017", "Salsabila Azzahra", "Akuntansi", "STUDENT"},
            {"POLBAN", "211524030", "Rendi Firmansyah", "Teknik Mesin", "STUDENT"},
            {"POLBAN", "221524044", "Putri Ayu Lestari", "Administrasi Niaga", "STUDENT"},
            {"POLBAN", "197912102006", "Ir. Asep Suryana", "Teknik Konversi Energi", "LECTURER"},
            {"POLBAN", "199107072015", "Dewi Kartika", "UPT Perpustakaan", "STAFF"},
            {"UNISBA", "10040121001", "Zahra Aulia", "Ilmu Komunikasi", "STUDENT"},
            {"UNISBA", "10040121022", "Ilham Maulana", "Ilmu Komunikasi", "STUDENT"},
            {"UNISBA", "10090120015", "Hana Safitri", "Farmasi", "STUDENT"},
            {"UNISBA", "10010119040", "Reza Pahlevi", "Hukum", "STUDENT"},
            {"UNISBA", "198807012014", "Dr. Lina Marlina", "Ekonomi Syariah", "LECTURER"},
            {"UNISBA", "10060122008", "Tegar Firmansyah", "Psikologi", "STUDENT"},
    };

    private DemoCrossService() {
    }

    /**
     * Loads the demo data unless holders are already stored for the first demo campus.
     *
     * @return how many card holders were stored
     * @throws IllegalStateException when a demo member is missing or a demo record breaks the rules
     */
    public static int loadInto(MemberService members, CardHolderService holders, CardService cards,
                               VisitService visits, Progress progress) {
        Map<String, Long> libraries = new HashMap<>();
        for (String[] row : HOLDERS) {
            libraries.computeIfAbsent(row[0], code -> members.memberByCode(code).map(Member::library)
                    .map(Library::id).orElseThrow(() -> new IllegalStateException("Demo member missing: " + code)));
        }
        if (!holders.holdersOf(libraries.get(HOLDERS[0][0])).isEmpty()) {
            return 0;
        }
        LocalDate today = cards.today();
        LocalDate yearStart = AcademicYear.endOf(today).minusYears(1).plusDays(1);
        List<CardHolder> stored = new ArrayList<>();
        List<Card> issued = new ArrayList<>();
        for (int i = 0; i < HOLDERS.length; i++) {
            progress.checkCancelled();
            String[] row = HOLDERS[i];
            CardHolder holder = saved(holders.save(CardHolder.newHolder(libraries.get(row[0]), row[1], row[2], row[3],
                    HolderKind.valueOf(row[4]), emailOf(row[2], row[0]), String.format("0812-%04d-%04d", 2200 + i, 3100 + i * 7))));
            stored.add(holder);
            LocalDate issuedOn = yearStart.plusDays(7L * i % 120);
            issued.add(saved(cards.issue(holder, issuedOn.isAfter(today) ? today : issuedOn, null, FEE,
                    String.format("KW/%s/%03d", row[0], i + 1))));
            progress.update(i + 1, HOLDERS.length * 2L);
        }
        // One card from last year that nobody renewed, and one withdrawn by the forum.
        LocalDate lastYear = yearStart.minusYears(1);
        saved(cards.issue(stored.get(3), lastYear, null, FEE, "KW/UNPAD/LAMA"));
        saved(cards.revoke(issued.get(9), today.minusDays(12), "Buku pinjaman tidak dikembalikan"));
        announceAndArrive(stored, issued, libraries, visits, today);
        progress.update(HOLDERS.length * 2L, HOLDERS.length * 2L);
        return stored.size();
    }

    private static void announceAndArrive(List<CardHolder> holders, List<Card> cards, Map<String, Long> libraries,
                                          VisitService visits, LocalDate today) {
        long itb = libraries.get("ITB");
        long unpad = libraries.get("UNPAD");
        long upi = libraries.get("UPI");
        // Today and the coming days: what the desk will see.
        announce(visits, holders.get(0), itb, today, today, "Mencari jurnal internasional untuk skripsi");
        announce(visits, holders.get(12), itb, today, today.plusDays(1), "Studi literatur");
        announce(visits, holders.get(18), unpad, today.plusDays(1), today.plusDays(3), "Penelitian tugas akhir");
        announce(visits, holders.get(24), upi, today.plusDays(2), today.plusDays(2), "Membaca koleksi referensi");
        announce(visits, holders.get(6), unpad, today.plusDays(4), today.plusDays(5), "Koleksi hukum lingkungan");
        // The past weeks: announced visits kept and missed, unannounced walk-ins, a mistyped number.
        for (int week = 1; week <= 4; week++) {
            LocalDate day = today.minusWeeks(week);
            CardHolder visitor = holders.get(week * 5 % holders.size());
            long host = visitor.homeLibraryId() == itb ? upi : itb;
            announce(visits, visitor, host, day, day, "Kunjungan silang layan");
            visits.recordArrival(cards.get(holders.indexOf(visitor)).number().digits(), host, day.atTime(9 + week, 15));
            visits.recordArrival(cards.get(week + 12).number().digits(), unpad, day.atTime(13, 40));
        }
        announce(visits, holders.get(20), itb, today.minusDays(10), today.minusDays(9), "Tidak jadi datang");
        visits.recordArrival(cards.get(9).number().digits(), itb, today.minusDays(3).atTime(10, 5));
        String typo = cards.get(1).number().digits();
        visits.recordArrival(typo.substring(0, 10) + (char) ('0' + (typo.charAt(10) - '0' + 3) % 10), itb,
                today.minusDays(2).atTime(11, 20));
    }

    private static void announce(VisitService visits, CardHolder holder, long host, LocalDate from, LocalDate to,
                                 String purpose) {
        if (holder.homeLibraryId() != host) {
            saved(visits.announce(VisitAnnouncement.of(holder.id(), host, from, to, purpose)));
        }
    }

    private static String emailOf(String name, String code) {
        String local = name.replaceAll("^(Dr|Prof|Dra|Ir)\\.\\s*", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z ]", "").strip().replace(' ', '.');
        return local + "@student." + code.toLowerCase(java.util.Locale.ROOT) + ".ac.id";
    }

    private static <T> T saved(SaveResult<T> outcome) {
        if (outcome instanceof SaveResult.Invalid<T> invalid) {
            throw new IllegalStateException("Demo record breaks the rules: " + invalid.validation().errors());
        }
        return ((SaveResult.Saved<T>) outcome).value();
    }
}
