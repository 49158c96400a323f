package id.jalin.agreement.domain;

import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A handful of agreements for the demo forum, dated around today so the reminders have something to say:
 * one expiring next month, one expired, a sponsor-corner MoU with an overdue obligation, and an active
 * interlibrary-loan PKS with a fulfilled obligation. Stored through the same service as user input.
 */
public final class DemoAgreements {
    private DemoAgreements() {
    }

    /** Stores the demo agreements between demo members; returns how many were stored. */
    public static int loadInto(AgreementService agreements, MemberService members, Progress progress) {
        LocalDate today = agreements.today();
        List<Library> libraries = members.libraries();
        Optional<Library> unpad = find(libraries, "UNPAD");
        Optional<Library> itb = find(libraries, "ITB");
        Optional<Library> polban = find(libraries, "POLBAN");
        Optional<Library> upi = find(libraries, "UPI");
        Optional<Library> small = find(libraries, "AKT-CMH");
        if (unpad.isEmpty() || itb.isEmpty() || polban.isEmpty() || upi.isEmpty() || small.isEmpty()) {
            return 0;
        }
        ClauseBook clauses = new ClauseBook(agreements.clauseLibrary());
        List<Agreement> plan = new ArrayList<>();

        LocalDate expiringEnd = today.plusMonths(1).withDayOfMonth(1).plusDays(14);
        plan.add(agreement(AgreementKind.PKS, expiringEnd.minusYears(2).plusDays(1), expiringEnd,
                "Perjanjian Kerja Sama Pertukaran Terbitan Ilmiah", "Agreement on the Exchange of Scholarly Publications",
                SinclairType.A_BILATERAL_EXCHANGE, EnumSet.of(CooperationForm.EXCHANGE_REDISTRIBUTION),
                List.of(party(unpad.get(), "Dr. Siti Rahmawati, M.Hum.", "Kepala Perpustakaan"),
                        party(itb.get(), "Ir. Bambang Setiadi, M.T.", "Kepala UPT Perpustakaan")),
                clauses.articles(CooperationForm.EXCHANGE_REDISTRIBUTION), Renewal.NONE, List.of()));

        LocalDate expiredEnd = today.minusMonths(3).withDayOfMonth(1).minusDays(1);
        plan.add(agreement(AgreementKind.PKS, expiredEnd.minusYears(3).plusDays(1), expiredEnd,
                "Perjanjian Kerja Sama Pengolahan Bahan Pustaka Bersama", "Agreement on Shared Processing of Library Materials",
                SinclairType.D_SERVICE_CENTRE, EnumSet.of(CooperationForm.PROCESSING),
                List.of(party(polban.get(), "Drs. Asep Saepudin", "Kepala Perpustakaan"),
                        party(small.get(), "Nurhayati, S.IP.", "Kepala Perpustakaan")),
                clauses.articles(CooperationForm.PROCESSING), Renewal.NONE, List.of()));

        LocalDate sponsorStart = today.minusMonths(18).withDayOfMonth(1);
        plan.add(agreement(AgreementKind.MOU, sponsorStart, sponsorStart.plusYears(3).minusDays(1),
                "Nota Kesepahaman Pojok Baca Bank Indonesia", "Memorandum of Understanding on the Bank Indonesia Reading Corner",
                SinclairType.C_DUAL_SERVICE, EnumSet.of(CooperationForm.SPONSORSHIP, CooperationForm.FACILITIES),
                List.of(Party.outsideBody("Kantor Perwakilan Bank Indonesia Provinsi Jawa Barat", "Hendra Gunawan",
                                "Kepala Perwakilan", "Bandung"),
                        party(small.get(), "Nurhayati, S.IP.", "Kepala Perpustakaan")),
                clauses.articles(CooperationForm.SPONSORSHIP),
                Renewal.NONE,
                List.of(new Obligation(null, 2, "Pihak Kedua menyelenggarakan 2 kegiatan per tahun yang melibatkan Bank Indonesia",
                                "The Second Party holds 2 events a year involving Bank Indonesia", Recurrence.YEARLY,
                                sponsorStart.plusMonths(6).minusDays(1), List.of()),
                        new Obligation(null, 1, "Pihak Pertama menyerahkan 250 judul buku beserta perabot pojok baca",
                                "The First Party hands over 250 book titles and the reading-corner furniture",
                                Recurrence.ONCE, sponsorStart.plusMonths(1), List.of()))));

        LocalDate loanStart = today.minusMonths(10).withDayOfMonth(1);
        plan.add(agreement(AgreementKind.PKS, loanStart, loanStart.plusYears(2).minusDays(1),
                "Perjanjian Kerja Sama Pinjam Antarperpustakaan", "Interlibrary Loan Agreement",
                SinclairType.B_POOLING, EnumSet.of(CooperationForm.INTERLIBRARY_LOAN, CooperationForm.UNION_CATALOGUE),
                List.of(party(upi.get(), "Prof. Dr. Dadang Sunendar", "Kepala UPT Perpustakaan"),
                        party(unpad.get(), "Dr. Siti Rahmawati, M.Hum.", "Kepala Perpustakaan"),
                        party(polban.get(), "Drs. Asep Saepudin", "Kepala Perpustakaan")),
                clauses.articles(CooperationForm.INTERLIBRARY_LOAN, CooperationForm.UNION_CATALOGUE),
                Renewal.automatic(12, 60),
                List.of(new Obligation(null, 1, "Melaporkan jumlah pinjaman antarperpustakaan setiap triwulan",
                        "Report the number of interlibrary loans every quarter", Recurrence.QUARTERLY,
                        loanStart.plusMonths(3).minusDays(1), List.of()))));

        int stored = 0;
        for (Agreement agreement : plan) {
            progress.checkCancelled();
            // Numbered only now, so each takes the next free number after the one saved before it.
            Agreement numbered = agreement.withNumber(agreements.nextNumber(agreement.kind(), agreement.signedOn()));
            if (agreements.save(numbered) instanceof SaveResult.Saved<Agreement> saved) {
                stored++;
                logFulfilments(agreements, saved.value(), today);
            }
            progress.update(stored, plan.size());
        }
        return stored;
    }

    /**
     * The quarterly loan reports and the sponsor's one-off hand-over were done on time; the yearly sponsor events
     * were not, so the reminders show an overdue obligation.
     */
    private static void logFulfilments(AgreementService agreements, Agreement agreement, LocalDate today) {
        for (Obligation obligation : agreement.obligations()) {
            if (obligation.recurrence() == Recurrence.YEARLY) {
                continue;
            }
            for (LocalDate due : obligation.dueDates(today.minusDays(1))) {
                agreements.recordFulfilment(obligation.id(), due.minusDays(3), "Selesai tepat waktu");
            }
        }
    }

    private static Agreement agreement(AgreementKind kind, LocalDate start, LocalDate end,
                                       String titleId, String titleEn, SinclairType type, EnumSet<CooperationForm> forms,
                                       List<Party> parties, List<Article> articles, Renewal renewal,
                                       List<Obligation> obligations) {
        LocalDate signed = start.minusDays(7);
        return new Agreement(null, 0, kind, new AgreementNumber("", signed.getYear(), 0), titleId, titleEn, type, forms,
                signed, start, end, renewal, null,
                null, null, "", parties, articles, obligations);
    }

    private static Party party(Library library, String signatory, String position) {
        return Party.member(library.id(), library.name(), signatory, position, library.city());
    }

    private static Optional<Library> find(List<Library> libraries, String code) {
        return libraries.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** Picks clause-library texts: the opening general clauses, those of the given forms, then the closing ones. */
    private record ClauseBook(List<ClauseTemplate> library) {
        private static final int OPENING_CLAUSES = 2;

        List<Article> articles(CooperationForm... forms) {
            List<ClauseTemplate> general = library.stream().filter(c -> c.form() == null).toList();
            int opening = Math.min(OPENING_CLAUSES, general.size());
            List<Article> articles = new ArrayList<>();
            general.subList(0, opening).forEach(c -> articles.add(c.toArticle()));
            for (CooperationForm form : forms) {
                library.stream().filter(c -> c.form() == form).forEach(c -> articles.add(c.toArticle()));
            }
            general.subList(opening, general.size()).forEach(c -> articles.add(c.toArticle()));
            return articles;
        }
    }
}
