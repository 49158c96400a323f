package id.jalin.exchange.domain;

import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Two exchange partnerships among the demo members, told through the service on the days things happened (the same
 * every time for a given day): a one-for-one exchange of titles under the demo's type A agreement, carrying its
 * imbalance over, whose last year is closed and whose this year leaves two titles owed; and a three-for-one exchange
 * of issues, without carry-over, that leaves a third of an issue owed. Each has shipments both ways, and one mistaken
 * entry is reversed.
 */
public final class DemoExchange {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** The demo's bilateral exchange agreement and its two members, when the agreements have been loaded. */
    public record AgreementLink(long agreementId, long firstMemberId, long secondMemberId) {
    }

    private final ExchangeLedgers ledgers;
    private final LocalDate today;

    private DemoExchange(ExchangeLedgers ledgers) {
        this.ledgers = ledgers;
        this.today = ledgers.today();
    }

    public static void loadInto(ExchangeLedgers ledgers, Optional<AgreementLink> agreement, Progress progress) {
        new DemoExchange(ledgers).load(agreement, progress);
    }

    private void load(Optional<AgreementLink> agreement, Progress progress) {
        List<Long> active = ledgers.members().stream().filter(ExchangeMember::active).map(ExchangeMember::id)
                .toList();
        if (active.size() < 4) {
            return;
        }
        long first = agreement.map(AgreementLink::firstMemberId).orElse(active.get(0));
        long second = agreement.map(AgreementLink::secondMemberId).orElse(active.get(1));
        List<Long> others = active.stream().filter(id -> id != first && id != second).toList();
        progress.checkCancelled();
        oneForOne(first, second, agreement.map(AgreementLink::agreementId).orElse(null));
        progress.checkCancelled();
        threeForOne(others.get(0), others.get(1));
    }

    private void oneForOne(long first, long second, Long agreementId) {
        int lastYear = today.getYear() - 1;
        Partnership partnership = saved(ledgers.savePartnership(new Partnership(null, first, second,
                ExchangeRatio.ONE_FOR_ONE, ExchangeUnit.TITLE, PeriodKind.CALENDAR_YEAR, true, lastYear, agreementId,
                "Pertukaran terbitan ilmiah satu banding satu sesuai perjanjian kerja sama.", 0)));
        LocalDate year = LocalDate.of(lastYear, 1, 1);
        sent(partnership, first, year.withDayOfYear(40), "Jurnal Ilmu Informasi dan Perpustakaan",
                PublicationKind.JOURNAL, "Vol. 9 No. 1", 2, "JNE 0401-221");
        sent(partnership, second, year.withDayOfYear(60), "Jurnal Teknik Sipil", PublicationKind.JOURNAL,
                "Vol. 31 No. 1", 1, "POS RR-5521");
        sent(partnership, first, year.withDayOfYear(120), "Prosiding Seminar Nasional Kepustakawanan",
                PublicationKind.PROCEEDINGS, "2025", 1, "JNE 0401-318");
        LedgerEntry mistaken = sent(partnership, second, year.withDayOfYear(150), "Laporan Penelitian LPPM",
                PublicationKind.RESEARCH_REPORT, "No. 14", 1, "POS RR-5570");
        saved(on(year.withDayOfYear(152)).reverse(mistaken.id(), "Tercatat dua kali; kiriman yang sama dengan "
                + "entri sebelumnya."));
        sent(partnership, first, year.withDayOfYear(200), "Jurnal Ilmu Informasi dan Perpustakaan",
                PublicationKind.JOURNAL, "Vol. 9 No. 2", 1, "JNE 0401-402");
        sent(partnership, second, year.withDayOfYear(230), "Jurnal Matematika dan Sains", PublicationKind.JOURNAL,
                "Vol. 30 No. 2", 1, "POS RR-5688");
        sent(partnership, first, year.withDayOfYear(300), "Tesis Magister Ilmu Perpustakaan: Literasi Informasi "
                + "Mahasiswa Baru", PublicationKind.THESIS, "", 1, "JNE 0401-517");
        // Last year ends with the second owing three titles, carried into this year when the coordinator closes it.
        LocalDate closing = LocalDate.of(today.getYear(), 1, 15);
        saved(on(closing.isAfter(today) ? today : closing).closeYear(partnership.id(), lastYear));
        List<LocalDate> days = daysThisYear(6);
        sent(partnership, second, days.get(0), "Jurnal Teknik Sipil", PublicationKind.JOURNAL, "Vol. 32 No. 1", 1,
                "POS RR-6012");
        sent(partnership, first, days.get(1), "Jurnal Ilmu Informasi dan Perpustakaan", PublicationKind.JOURNAL,
                "Vol. 10 No. 1", 1, "JNE 0401-604");
        sent(partnership, second, days.get(2), "Prosiding Konferensi Nasional Teknologi", PublicationKind.PROCEEDINGS,
                "2026", 1, "POS RR-6140");
        sent(partnership, first, days.get(3), "Laporan Tahunan Perpustakaan", PublicationKind.OTHER, "2025", 1,
                "JNE 0401-688");
        sent(partnership, second, days.get(4), "Jurnal Matematika dan Sains", PublicationKind.JOURNAL,
                "Vol. 31 No. 1", 1, "POS RR-6233");
    }

    private void threeForOne(long first, long second) {
        int lastYear = today.getYear() - 1;
        Partnership partnership = saved(ledgers.savePartnership(new Partnership(null, first, second,
                new ExchangeRatio(3, 1), ExchangeUnit.ISSUE, PeriodKind.CALENDAR_YEAR, false, lastYear, null,
                "Tiga terbitan berkala kami untuk satu jurnal bereputasi mereka.", 0)));
        LocalDate year = LocalDate.of(lastYear, 1, 1);
        sent(partnership, first, year.withDayOfYear(90), "Buletin Perpustakaan", PublicationKind.JOURNAL,
                "No. 1-3", 3, "TIKI 88-1201");
        sent(partnership, second, year.withDayOfYear(180), "Jurnal Pendidikan Indonesia", PublicationKind.JOURNAL,
                "Vol. 14 No. 1", 1, "JNE 7711-090");
        List<LocalDate> days = daysThisYear(5);
        sent(partnership, first, days.get(0), "Buletin Perpustakaan", PublicationKind.JOURNAL, "No. 4-6", 3,
                "TIKI 88-1340");
        sent(partnership, second, days.get(1), "Jurnal Pendidikan Indonesia", PublicationKind.JOURNAL,
                "Vol. 15 No. 1", 1, "JNE 7711-155");
        sent(partnership, first, days.get(2), "Majalah Ilmiah Politeknik", PublicationKind.JOURNAL, "No. 21-22", 2,
                "TIKI 88-1422");
        sent(partnership, second, days.get(3), "Jurnal Pendidikan Indonesia", PublicationKind.JOURNAL,
                "Vol. 15 No. 2", 1, "JNE 7711-203");
        // seven issues sent for two received at 3:1: the second still owes a third of an issue
        sent(partnership, first, days.get(4), "Buletin Perpustakaan", PublicationKind.JOURNAL, "No. 7-8", 2,
                "TIKI 88-1501");
    }

    /** {@code count} days spread over this year up to today, oldest first. */
    private List<LocalDate> daysThisYear(int count) {
        LocalDate start = LocalDate.of(today.getYear(), 1, 20);
        if (start.isAfter(today)) {
            start = LocalDate.of(today.getYear(), 1, 1);
        }
        long span = java.time.temporal.ChronoUnit.DAYS.between(start, today);
        LocalDate from = start;
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> from.plusDays(span * i / count)).toList();
    }

    private LedgerEntry sent(Partnership partnership, long sender, LocalDate on, String title, PublicationKind kind,
                             String volumeIssue, int units, String shipment) {
        return saved(on(on).record(new LedgerEntry(null, partnership.id(), on, Direction.sending(partnership, sender),
                title, kind, volumeIssue, units, units, shipment, "", null)));
    }

    private ExchangeLedgers on(LocalDate day) {
        return ledgers.withClock(Clock.fixed(day.atTime(10, 0).atZone(JAKARTA).toInstant(), JAKARTA));
    }

    private static <T> T saved(SaveResult<T> result) {
        if (result instanceof SaveResult.Saved<T> saved) {
            return saved.value();
        }
        throw new IllegalStateException("The demo exchange was refused: " + result);
    }
}
