package id.jalin.acquisition.print;

import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A round's summary as a workbook: spent against the budget, per member and per format, each on a sheet of its
 * own. Amounts are Rupiah-formatted numbers, shares percentages, copies numbers, the date a date; each breakdown
 * ends with its total row.
 */
public final class RoundSummaryXlsx {
    private final Words words;

    public RoundSummaryXlsx(Messages messages) {
        this.words = new Words(messages);
    }

    public void write(RoundSummary summary, OutputStream out) throws IOException {
        new XlsxTableWriter().write(sheets(summary), out);
    }

    /** The workbook's sheets in order: the budget, per member, per format. */
    public List<ExportTable> sheets(RoundSummary summary) {
        return List.of(budget(summary), members(summary), formats(summary));
    }

    private ExportTable budget(RoundSummary summary) {
        return ExportTable.builder(words.get("acquisition.print.summary.sheet.budget"))
                .column(words.get("acquisition.print.round"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.coordinator"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.date"), ColumnKind.DATE)
                .column(words.get("acquisition.print.summary.budget"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.summary.spent"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.summary.remaining"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.summary.used"), ColumnKind.PERCENT)
                .row(summary.roundName(), summary.coordinatingLibrary().isEmpty() ? null
                        : summary.coordinatingLibrary(), summary.date(), summary.budget(), summary.spent(),
                        summary.remaining(), summary.usedShare())
                .build();
    }

    private ExportTable members(RoundSummary summary) {
        ExportTable.Builder table = ExportTable.builder(words.get("acquisition.print.summary.sheet.members"))
                .column(words.get("acquisition.print.column.code"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.column.member"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.sheet.ownCopies"), ColumnKind.INTEGER)
                .column(words.get("acquisition.print.summary.own"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.summary.shared"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.sheet.amount"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.summary.portion"), ColumnKind.PERCENT)
                .column(words.get("acquisition.print.summary.cap"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.summary.capLeft"), ColumnKind.RUPIAH);
        Money spent = summary.spent();
        int copies = 0;
        Money own = Money.ZERO;
        Money shared = Money.ZERO;
        for (MemberSpend member : summary.members()) {
            Money cap = member.cap();
            table.row(member.member().code(), member.member().name(), member.copies(), member.own(), member.shared(),
                    member.total(), share(member.total(), spent), cap,
                    cap == null ? null : Money.of(cap.rupiah() - member.total().rupiah()));
            copies += member.copies();
            own = own.plus(member.own());
            shared = shared.plus(member.shared());
        }
        return table.row(words.get("acquisition.print.summary.total"), null, copies, own, shared, spent,
                spent.rupiah() == 0 ? null : 1.0, null, null).build();
    }

    private ExportTable formats(RoundSummary summary) {
        ExportTable.Builder table = ExportTable.builder(words.get("acquisition.print.summary.sheet.formats"))
                .column(words.get("acquisition.print.column.format"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.column.lines"), ColumnKind.INTEGER)
                .column(words.get("acquisition.print.column.copies"), ColumnKind.INTEGER)
                .column(words.get("acquisition.print.summary.spent"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.summary.portion"), ColumnKind.PERCENT);
        Money spent = summary.spent();
        int lines = 0;
        int copies = 0;
        for (FormatSpend format : summary.formats()) {
            table.row(words.format(format.format()), format.lines(), format.copies(), format.spent(),
                    share(format.spent(), spent));
            lines += format.lines();
            copies += format.copies();
        }
        return table.row(words.get("acquisition.print.summary.total"), lines, copies, spent,
                spent.rupiah() == 0 ? null : 1.0).build();
    }

    /** {@code part} as a share of {@code whole}; no share of nothing. */
    static Double share(Money part, Money whole) {
        return whole.rupiah() == 0 ? null : (double) part.rupiah() / whole.rupiah();
    }
}
