package id.jalin.acquisition.print;

import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order list as a workbook the coordinating library can sort, filter and sum: the lines (one column of copies
 * per member, so "ITB 2, UNPAD 1" is two numbers), the totals per vendor, the members, and the letter's details.
 * Copies are numbers, prices Rupiah-formatted numbers, the date a date; text that looks like a formula stays text.
 */
public final class OrderListXlsx {
    private final Words words;

    public OrderListXlsx(Messages messages) {
        this.words = new Words(messages);
    }

    public void write(OrderList list, OutputStream out) throws IOException {
        new XlsxTableWriter().write(sheets(list), out);
    }

    /** The workbook's sheets in order: lines, per vendor, members, details. */
    public List<ExportTable> sheets(OrderList list) {
        return List.of(lines(list), vendors(list), members(list), details(list));
    }

    private ExportTable lines(OrderList list) {
        List<String> codes = list.memberCodes();
        ExportTable.Builder table = ExportTable.builder(words.get("acquisition.print.sheet.lines"))
                .column(words.get("acquisition.print.sheet.vendor"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.column.number"), ColumnKind.INTEGER)
                .column(words.get("acquisition.print.sheet.isbn"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.sheet.title"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.column.author"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.column.format"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.column.for"), ColumnKind.TEXT);
        codes.forEach(code -> table.column(words.get("acquisition.print.sheet.copiesFor", code), ColumnKind.INTEGER));
        table.column(words.get("acquisition.print.column.copies"), ColumnKind.INTEGER)
                .column(words.get("acquisition.print.sheet.unitPrice"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.sheet.amount"), ColumnKind.RUPIAH);
        for (VendorOrder vendor : list.vendors()) {
            int number = 0;
            for (OrderLine line : vendor.lines()) {
                number++;
                List<Object> row = new ArrayList<>(List.of(vendor.vendor(), number));
                row.add(emptyAsNull(line.isbn()));
                row.add(line.title());
                row.add(emptyAsNull(line.author()));
                row.add(words.format(line.format()));
                row.add(forWhom(line));
                Map<String, Integer> copies = new LinkedHashMap<>();
                line.copies().forEach(c -> copies.put(c.memberCode(), c.copies()));
                // a member that asked for nothing on this line has an empty cell, not a 0 to be read as an order
                codes.forEach(code -> row.add(copies.get(code)));
                row.add(line.totalCopies());
                row.add(line.unitPrice());
                row.add(line.lineTotal());
                table.row(row.toArray());
            }
        }
        return table.build();
    }

    /** What a line does not give stays an empty cell rather than a cell of empty text. */
    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private String forWhom(OrderLine line) {
        if (line.isShared()) {
            return words.get("acquisition.print.order.forAll");
        }
        List<String> parts = new ArrayList<>();
        line.copies().forEach(c -> parts.add(c.memberCode() + " " + c.copies()));
        return String.join(", ", parts);
    }

    private ExportTable vendors(OrderList list) {
        ExportTable.Builder table = ExportTable.builder(words.get("acquisition.print.sheet.vendors"))
                .column(words.get("acquisition.print.sheet.vendor"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.column.lines"), ColumnKind.INTEGER)
                .column(words.get("acquisition.print.column.copies"), ColumnKind.INTEGER)
                .column(words.get("acquisition.print.sheet.amount"), ColumnKind.RUPIAH);
        for (VendorOrder vendor : list.vendors()) {
            table.row(vendor.vendor(), vendor.lines().size(), vendor.copies(), vendor.subtotal());
        }
        return table.row(words.get("acquisition.print.sheet.grandTotal"), list.lineCount(), list.copies(),
                list.grandTotal()).build();
    }

    /** Every member on the list with its own copies; items bought for all are counted once, on the lines sheet. */
    private ExportTable members(OrderList list) {
        Map<String, String> names = new LinkedHashMap<>();
        list.participants().forEach(p -> names.put(p.code(), p.name()));
        Map<String, Integer> copies = new LinkedHashMap<>();
        list.memberCodes().forEach(code -> copies.put(code, 0));
        for (VendorOrder vendor : list.vendors()) {
            for (OrderLine line : vendor.lines()) {
                line.copies().forEach(c -> copies.merge(c.memberCode(), c.copies(), Integer::sum));
            }
        }
        ExportTable.Builder table = ExportTable.builder(words.get("acquisition.print.sheet.members"))
                .column(words.get("acquisition.print.column.code"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.column.member"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.sheet.ownCopies"), ColumnKind.INTEGER);
        copies.forEach((code, count) -> table.row(code, names.getOrDefault(code, ""), count));
        return table.build();
    }

    private ExportTable details(OrderList list) {
        return ExportTable.builder(words.get("acquisition.print.sheet.details"))
                .column(words.get("acquisition.print.sheet.letterNumber"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.date"), ColumnKind.DATE)
                .column(words.get("acquisition.print.round"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.coordinator"), ColumnKind.TEXT)
                .column(words.get("acquisition.print.sheet.grandTotal"), ColumnKind.RUPIAH)
                .column(words.get("acquisition.print.sheet.signatory"), ColumnKind.TEXT)
                .row(list.letterNumber(), list.date(), list.roundName(), list.coordinatingLibrary(), list.grandTotal(),
                        emptyAsNull(list.signatoryName()))
                .build();
    }
}
