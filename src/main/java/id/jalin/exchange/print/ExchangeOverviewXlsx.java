package id.jalin.exchange.print;

import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.Owing;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PartnershipStanding;
import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Every partnership's current year in one sheet, in the order given (the most out of balance first), with typed
 * cells: the units each way are numbers; what is owed is the exact amount as written ("1/3") beside the same amount
 * as a number for sums and sorting, and the balance in words.
 */
public final class ExchangeOverviewXlsx {
    private final Messages messages;

    public ExchangeOverviewXlsx(Messages messages) {
        this.messages = messages;
    }

    public ExportTable table(List<PartnershipStanding> standings, Map<Long, ExchangeMember> members) {
        BalanceWords balance = new BalanceWords(messages, id -> code(members, id));
        ExportTable.Builder table = ExportTable.builder(messages.get("exchange.print.overview.sheet"));
        for (String key : List.of("exchange.print.overview.first", "exchange.print.overview.firstName",
                "exchange.print.overview.second", "exchange.print.overview.secondName",
                "exchange.print.overview.ratio", "exchange.print.overview.unit", "exchange.print.overview.year")) {
            table.column(messages.get(key), ColumnKind.TEXT);
        }
        table.column(messages.get("exchange.print.overview.firstUnits"), ColumnKind.INTEGER)
                .column(messages.get("exchange.print.overview.secondUnits"), ColumnKind.INTEGER)
                .column(messages.get("exchange.print.overview.debtor"), ColumnKind.TEXT)
                .column(messages.get("exchange.print.overview.owed"), ColumnKind.TEXT)
                .column(messages.get("exchange.print.overview.owedNumber"), ColumnKind.DECIMAL)
                .column(messages.get("exchange.print.overview.closed"), ColumnKind.TEXT)
                .column(messages.get("exchange.print.overview.balance"), ColumnKind.TEXT);
        for (PartnershipStanding standing : standings) {
            Partnership partnership = standing.partnership();
            Owing owing = standing.owing().orElse(null);
            table.row(code(members, partnership.firstMemberId()), name(members, partnership.firstMemberId()),
                    code(members, partnership.secondMemberId()), name(members, partnership.secondMemberId()),
                    partnership.ratio().toString(), messages.label("exchange.unit", partnership.unit()),
                    standing.year().period().label(), standing.year().firstUnits(), standing.year().secondUnits(),
                    owing == null ? "" : code(members, owing.debtorId()), owing == null ? "0" : owing.amount(),
                    owing == null ? 0.0 : owing.units().doubleValue(),
                    messages.get(standing.year().closed() ? "exchange.print.yes" : "exchange.print.no"),
                    balance.of(partnership, standing.year().closing()));
        }
        return table.build();
    }

    public void write(List<PartnershipStanding> standings, Map<Long, ExchangeMember> members, OutputStream out)
            throws IOException {
        new XlsxTableWriter().write(table(standings, members), out);
    }

    private static String code(Map<Long, ExchangeMember> members, long id) {
        ExchangeMember member = members.get(id);
        return member == null ? "#" + id : member.code();
    }

    private static String name(Map<Long, ExchangeMember> members, long id) {
        ExchangeMember member = members.get(id);
        return member == null ? "" : member.name();
    }
}
