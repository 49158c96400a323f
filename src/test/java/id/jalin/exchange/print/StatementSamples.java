package id.jalin.exchange.print;

import id.jalin.exchange.domain.ClosedPeriod;
import id.jalin.exchange.domain.Direction;
import id.jalin.exchange.domain.ExchangeLedger;
import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.ExchangePeriod;
import id.jalin.exchange.domain.ExchangeRatio;
import id.jalin.exchange.domain.ExchangeUnit;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PeriodBalance;
import id.jalin.exchange.domain.PeriodKind;
import id.jalin.exchange.domain.PublicationKind;
import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A 3:1 exchange of issues between two members with long names, and its 2026 with a reversed entry. */
final class StatementSamples {
    static final ExchangeMember UNPAD = new ExchangeMember(1, "UNPAD",
            "UPT Perpustakaan Universitas Padjadjaran Jatinangor", true);
    static final ExchangeMember ITB = new ExchangeMember(2, "ITB", "Perpustakaan Pusat Institut Teknologi Bandung",
            true);
    static final Partnership THREE_FOR_ONE = new Partnership(7L, 1, 2, new ExchangeRatio(3, 1), ExchangeUnit.ISSUE,
            PeriodKind.CALENDAR_YEAR, true, 2025, null, "", 1);

    private StatementSamples() {
    }

    static List<LedgerEntry> entries() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(entry(1, LocalDate.of(2026, 2, 3), Direction.FIRST_TO_SECOND, "Buletin Perpustakaan", "No. 1-3",
                3, "TIKI 88-1340", ""));
        entries.add(entry(2, LocalDate.of(2026, 3, 9), Direction.SECOND_TO_FIRST, "Jurnal Matematika dan Sains",
                "Vol. 31 No. 1", 1, "JNE 7711-155", ""));
        entries.add(entry(3, LocalDate.of(2026, 5, 12), Direction.FIRST_TO_SECOND,
                "Majalah Ilmiah Politeknik: Edisi Khusus Teknologi Tepat Guna untuk Desa", "No. 21-22", 4,
                "TIKI 88-1422", "Dua nomor sekaligus"));
        entries.add(new LedgerEntry(4L, 7, LocalDate.of(2026, 5, 14), Direction.FIRST_TO_SECOND,
                "Majalah Ilmiah Politeknik: Edisi Khusus Teknologi Tepat Guna untuk Desa", PublicationKind.JOURNAL,
                "No. 21-22", 4, 4, "TIKI 88-1422", "Jumlah satuan salah ketik", 3L));
        entries.add(entry(5, LocalDate.of(2026, 5, 15), Direction.FIRST_TO_SECOND,
                "Majalah Ilmiah Politeknik: Edisi Khusus Teknologi Tepat Guna untuk Desa", "No. 21-22", 2,
                "TIKI 88-1422", ""));
        entries.add(entry(6, LocalDate.of(2026, 8, 2), Direction.SECOND_TO_FIRST, "Jurnal Matematika dan Sains",
                "Vol. 31 No. 2", 1, "JNE 7711-203", ""));
        entries.add(entry(7, LocalDate.of(2026, 10, 20), Direction.FIRST_TO_SECOND, "Buletin Perpustakaan",
                "No. 4-5", 2, "TIKI 88-1501", ""));
        return entries;
    }

    private static LedgerEntry entry(long id, LocalDate date, Direction direction, String title, String issue,
                                     int units, String shipment, String note) {
        return new LedgerEntry(id, 7, date, direction, title, PublicationKind.JOURNAL, issue, units, units, shipment,
                note, null);
    }

    /**
     * 2025 closed with ITB owing one issue (carried over); 2026: UNPAD sent 3 + 2 + 2 = 7 (the 4 reversed), ITB 2:
     * ITB owes 1 + 7/3 - 2 = 1 1/3.
     */
    static YearStatement statement() {
        List<LedgerEntry> entries = entries();
        List<LedgerEntry> earlier = List.of(entry(9, LocalDate.of(2025, 6, 1), Direction.FIRST_TO_SECOND,
                "Buletin Perpustakaan", "No. 1-3", 3, "", ""));
        List<LedgerEntry> all = new ArrayList<>(earlier);
        all.addAll(entries);
        List<ClosedPeriod> closed = List.of(new ClosedPeriod(7, 2025, null, null, "Koordinator"));
        List<PeriodBalance> years = ExchangeLedger.years(THREE_FOR_ONE, all, closed,
                new ExchangePeriod(PeriodKind.CALENDAR_YEAR, 2026));
        return new YearStatement(new LetterheadData("Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat",
                List.of("Jl. Dipati Ukur No. 35, Bandung"), null), LocalDate.of(2026, 11, 24), "Bandung",
                THREE_FOR_ONE, UNPAD, ITB, "012/PKS/FPPTI-JABAR/2025", years.get(1), entries);
    }
}
