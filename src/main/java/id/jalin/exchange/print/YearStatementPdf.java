package id.jalin.exchange.print;

import id.jalin.exchange.domain.Balance;
import id.jalin.exchange.domain.Direction;
import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PeriodBalance;
import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.FooterStamper;
import id.jalin.kernel.pdf.Letterhead;
import id.jalin.kernel.pdf.Margins;
import id.jalin.kernel.pdf.PageFrame;
import id.jalin.kernel.pdf.Slice;
import id.jalin.kernel.pdf.TableRowSlice;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a partnership's yearly statement on A4 portrait under the forum's letterhead, in Indonesian with English:
 * the two members, the ratio, the unit and the year; what each sent the other, entry by entry (a reversal shown as
 * such, its units taken off), with the units each way; the balance the year opened with and where it ends, in
 * words; and room for both heads of library to sign. Every page ends with "Halaman x dari y / Page x of y".
 */
public final class YearStatementPdf {
    private static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 12, 25), Units.mm(10));
    private static final TextStyle TITLE = TextStyle.bold(12.5f);
    private static final TextStyle SUBTITLE = TextStyle.oblique(10);
    private static final TextStyle SECTION = TextStyle.bold(10);
    private static final TextStyle BODY = TextStyle.regular(9.5f);
    private static final TextStyle STRONG = TextStyle.bold(9.5f);
    private static final TextStyle ENGLISH = TextStyle.oblique(9);
    private static final TextStyle FOOTER = TextStyle.regular(8);
    private static final TextStyle HEADING = TextStyle.bold(7.5f).withLeading(9f);
    private static final TextStyle CELL = TextStyle.regular(8).withLeading(9.8f);
    private static final TextStyle CELL_NOTE = TextStyle.oblique(7.5f).withLeading(9.2f);
    private static final TextStyle TOTAL = TextStyle.bold(8.5f).withLeading(10.5f);
    /** Column widths in millimetres, summing to the 165 mm between the margins. */
    private static final double[] WIDTHS = {8, 20, 61, 24, 13, 13, 26};
    private static final float LABEL_WIDTH = Units.mm(45);

    private final Bilingual words = new Bilingual();

    public void write(YearStatement statement, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, statement);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, FRAME);
            composer.add(Letterhead.of(statement.letterhead())).spacer(Units.mm(3));
            composer.add(Block.heading(words.indonesian.get("exchange.print.title", statement.year().period()
                    .label()), TITLE).centered());
            composer.add(Block.heading(words.english.get("exchange.print.title", statement.year().period().label()),
                    SUBTITLE).centered().spaceAfter(Units.mm(4)));
            composer.add(details(resources, statement));
            Partnership partnership = statement.partnership();
            for (Direction direction : Direction.values()) {
                composer.spacer(Units.mm(5));
                ExchangeMember from = direction == Direction.FIRST_TO_SECOND ? statement.first() : statement.second();
                ExchangeMember to = direction == Direction.FIRST_TO_SECOND ? statement.second() : statement.first();
                composer.add(Block.heading(words.slash("exchange.print.sent", from.code(), to.code()), SECTION)
                        .spaceAfter(Units.mm(1.5f)));
                List<LedgerEntry> entries = statement.entries().stream().filter(e -> e.direction() == direction)
                        .toList();
                if (entries.isEmpty()) {
                    composer.add(Block.paragraph(words.slash("exchange.print.none"), BODY));
                } else {
                    TableRowSlice.addTable(composer, heading(resources), rows(resources, entries,
                            direction == Direction.FIRST_TO_SECOND ? statement.year().firstUnits()
                                    : statement.year().secondUnits()));
                }
            }
            composer.spacer(Units.mm(6));
            composer.keepTogether(balance(statement));
            composer.spacer(Units.mm(6));
            composer.keepTogether(signatures(statement));
            composer.finish();
            String footer = statement.first().code() + " \u2013 " + statement.second().code() + "  \u00b7  "
                    + statement.year().period().label() + "  \u00b7  ";
            new FooterStamper(resources, FRAME, FOOTER).stamp((page, total) -> footer
                    + words.slash("exchange.print.page", page, total));
            document.save(out);
        }
    }

    private void describe(PDDocument document, YearStatement statement) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(words.english.get("exchange.print.title", statement.year().period().label()) + " "
                + statement.first().code() + " \u2013 " + statement.second().code());
        info.setAuthor(statement.letterhead().name());
        info.setCreator("Jalin");
    }

    private Block details(DocumentResources resources, YearStatement statement) {
        Partnership partnership = statement.partnership();
        PeriodBalance year = statement.year();
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {words.slash("exchange.print.first"), statement.first().code() + "  "
                + statement.first().name()});
        pairs.add(new String[] {words.slash("exchange.print.second"), statement.second().code() + "  "
                + statement.second().name()});
        if (!statement.agreementNumber().isEmpty()) {
            pairs.add(new String[] {words.slash("exchange.print.agreement"), statement.agreementNumber()});
        }
        pairs.add(new String[] {words.slash("exchange.print.ratio"), words.stacked("exchange.print.ratio.value",
                partnership.ratio().first(), statement.first().code(), partnership.ratio().second(),
                statement.second().code())});
        pairs.add(new String[] {words.slash("exchange.print.unit"), words.label("exchange.unit", partnership.unit())});
        pairs.add(new String[] {words.slash("exchange.print.year"), year.period().label() + "  ("
                + words.shortDate(year.period().start()) + " \u2013 " + words.shortDate(year.period().end()) + ")"});
        pairs.add(new String[] {words.slash("exchange.print.carryOver"), words.slash(partnership.carryOver()
                ? "exchange.print.yes" : "exchange.print.no")});
        pairs.add(new String[] {words.slash("exchange.print.state"), year.closed()
                ? words.slash("exchange.print.closed")
                : words.slash("exchange.print.open", words.shortDate(statement.printedOn()))});
        return (r, width) -> pairs.stream().<Slice>map(pair -> TableRowSlice.of(resources, List.of(
                TableRowSlice.Cell.of(pair[0], BODY, Alignment.LEFT),
                TableRowSlice.Cell.of(pair[1], BODY, Alignment.LEFT)),
                new float[] {LABEL_WIDTH, width - LABEL_WIDTH}, false)).toList();
    }

    private TableRowSlice heading(DocumentResources resources) {
        String[] keys = {"exchange.print.column.number", "exchange.print.column.date", "exchange.print.column.title",
                "exchange.print.column.kind", "exchange.print.column.copies", "exchange.print.column.units",
                "exchange.print.column.shipment"};
        List<TableRowSlice.Cell> cells = new ArrayList<>();
        for (int c = 0; c < keys.length; c++) {
            String key = keys[c];
            String heading = words.indonesian.get(key).equals(words.english.get(key)) ? words.indonesian.get(key)
                    : words.stacked(key);
            cells.add(TableRowSlice.Cell.of(heading, HEADING,
                    c >= 4 && c <= 5 ? Alignment.RIGHT : Alignment.LEFT));
        }
        return TableRowSlice.of(resources, cells, widths(), true);
    }

    private List<TableRowSlice> rows(DocumentResources resources, List<LedgerEntry> entries, long units) {
        List<TableRowSlice> rows = new ArrayList<>();
        int number = 0;
        for (LedgerEntry entry : entries) {
            number++;
            List<TableRowSlice.Part> title = new ArrayList<>();
            title.add(new TableRowSlice.Part(entry.title(), CELL));
            if (!entry.volumeIssue().isEmpty()) {
                title.add(new TableRowSlice.Part(entry.volumeIssue(), CELL));
            }
            if (entry.reversal()) {
                title.add(new TableRowSlice.Part(words.slash("exchange.print.reversal", entry.note()), CELL_NOTE));
            } else if (!entry.note().isEmpty()) {
                title.add(new TableRowSlice.Part(entry.note(), CELL_NOTE));
            }
            rows.add(TableRowSlice.of(resources, List.of(
                    TableRowSlice.Cell.of(number + ".", CELL, Alignment.LEFT),
                    TableRowSlice.Cell.of(words.shortDate(entry.date()), CELL, Alignment.LEFT),
                    new TableRowSlice.Cell(title, Alignment.LEFT),
                    TableRowSlice.Cell.of(words.label("exchange.kind", entry.kind()).replace(" / ", "\n"), CELL,
                            Alignment.LEFT),
                    TableRowSlice.Cell.of(signed(entry, entry.copies()), CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(signed(entry, entry.units()), CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(entry.shipment(), CELL, Alignment.LEFT)), widths(), false));
        }
        float[] all = widths();
        float label = all[0] + all[1] + all[2] + all[3] + all[4];
        rows.add(TableRowSlice.of(resources, List.of(
                TableRowSlice.Cell.of(words.slash("exchange.print.total"), TOTAL, Alignment.RIGHT),
                TableRowSlice.Cell.of(Long.toString(units), TOTAL, Alignment.RIGHT),
                TableRowSlice.Cell.of("", TOTAL, Alignment.LEFT)), new float[] {label, all[5], all[6]}, false));
        return rows;
    }

    /** A reversal takes its shipment's copies and units back: shown with a minus. */
    private static String signed(LedgerEntry entry, int count) {
        return entry.reversal() ? "-" + count : Integer.toString(count);
    }

    private List<Block> balance(YearStatement statement) {
        Partnership partnership = statement.partnership();
        PeriodBalance year = statement.year();
        BalanceWords indonesian = new BalanceWords(words.indonesian, id -> name(statement, id));
        BalanceWords english = new BalanceWords(words.english, id -> name(statement, id));
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading(words.slash("exchange.print.balance"), SECTION).spaceAfter(Units.mm(1.5f)));
        blocks.add(line("exchange.print.opening", indonesian.of(partnership, year.opening()),
                english.of(partnership, year.opening())));
        Object[] sent = {statement.first().code(), year.firstUnits(), statement.second().code(), year.secondUnits()};
        blocks.add(line("exchange.print.units", words.indonesian.get("exchange.print.units.value", sent),
                words.english.get("exchange.print.units.value", sent)));
        Balance closing = year.closing();
        blocks.add(line(year.closed() ? "exchange.print.closing" : "exchange.print.current",
                indonesian.of(partnership, closing), english.of(partnership, closing)));
        blocks.add(Block.paragraph(words.indonesian.get("exchange.print.rule", partnership.ratio().first(),
                partnership.ratio().second()), CELL).spaceAfter(Units.mm(0.5f)));
        blocks.add(Block.paragraph(words.english.get("exchange.print.rule", partnership.ratio().first(),
                partnership.ratio().second()), CELL_NOTE));
        return blocks;
    }

    private Block line(String key, String indonesian, String english) {
        return (resources, width) -> List.of(TableRowSlice.of(resources, List.of(
                TableRowSlice.Cell.of(words.slash(key), BODY, Alignment.LEFT),
                new TableRowSlice.Cell(List.of(new TableRowSlice.Part(indonesian, STRONG),
                                new TableRowSlice.Part(english, ENGLISH)), Alignment.LEFT)),
                new float[] {LABEL_WIDTH, width - LABEL_WIDTH}, false));
    }

    private static String name(YearStatement statement, long id) {
        return statement.first().id() == id ? statement.first().name() : statement.second().name();
    }

    /** Both heads of library sign: the first member on the left, the second on the right, names level. */
    private List<Block> signatures(YearStatement statement) {
        String date = statement.place().isEmpty() ? words.date(statement.printedOn())
                : statement.place() + ", " + words.date(statement.printedOn());
        List<List<List<Block>>> columns = new ArrayList<>();
        for (ExchangeMember member : List.of(statement.first(), statement.second())) {
            columns.add(List.of(
                    List.of(Block.paragraph(member.name(), STRONG).centered()),
                    List.of(Block.paragraph(words.slash("exchange.print.signatory"), BODY).centered(),
                            Block.spacer(Units.mm(20)),
                            Block.paragraph("(.....................................)", BODY).centered())));
        }
        return List.of(Block.heading(words.slash("exchange.print.signed"), SECTION).spaceAfter(Units.mm(1)),
                Block.paragraph(date, BODY).spaceAfter(Units.mm(3)),
                Block.sideBySideCells(Units.mm(12), columns));
    }

    private static float[] widths() {
        float[] widths = new float[WIDTHS.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Units.mm((float) WIDTHS[i]);
        }
        return widths;
    }
}
