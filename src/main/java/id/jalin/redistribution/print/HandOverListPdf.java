package id.jalin.redistribution.print;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.FooterStamper;
import id.jalin.kernel.pdf.Letterhead;
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
 * Prints a receiving library's hand-over list on A4 portrait under the forum's letterhead, in the language of
 * {@code messages}: the receiver and what the list holds, then a section per giving library (its titles, condition,
 * copies and whether they were sent) closed by room for both signatures, the giver's and the receiver's, with the
 * date written by hand on the day the books change hands. Every page ends with "Halaman x dari y".
 */
public final class HandOverListPdf {
    /** Column widths in millimetres, summing to the 165 mm between the frame's margins. */
    private static final double[] WIDTHS = {8, 60, 32, 12, 18, 12, 23};
    private static final String[] HEADINGS = {"redistribution.print.column.number",
            "redistribution.print.column.title", "redistribution.print.column.author",
            "redistribution.print.column.year", "redistribution.print.column.condition",
            "redistribution.print.column.copies", "redistribution.print.column.shipped"};
    private static final float LABEL_WIDTH = Units.mm(45);
    private static final String DOTTED = "(.....................................)";

    private final Messages messages;

    public HandOverListPdf(Messages messages) {
        this.messages = messages;
    }

    public void write(HandOverList list, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, list);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, Paper.FRAME);
            composer.add(Letterhead.of(list.letterhead())).spacer(Units.mm(3));
            composer.add(Block.heading(messages.get("redistribution.print.title"), Paper.TITLE).centered()
                    .spaceAfter(Units.mm(4)));
            composer.add(details(resources, list));
            if (list.givers().isEmpty()) {
                composer.spacer(Units.mm(6));
                composer.add(Block.paragraph(messages.get("redistribution.print.nothing"), Paper.BODY));
            }
            for (GiverSection giver : list.givers()) {
                composer.spacer(Units.mm(6));
                composer.add(Block.heading(heading(giver), Paper.SECTION).spaceAfter(Units.mm(1.5f)));
                TableRowSlice heading = row(resources, headings(), true);
                TableRowSlice.addTable(composer, heading, rows(resources, giver));
                closing(composer, resources, list, giver, heading, heading(giver));
            }
            composer.finish();
            new FooterStamper(resources, Paper.FRAME, Paper.FOOTER).stamp((page, total) ->
                    messages.get("redistribution.print.footer", list.receiverCode()) + "  \u00b7  "
                            + messages.get("redistribution.print.page", page, total));
            document.save(out);
        }
    }

    private String heading(GiverSection giver) {
        return messages.get("redistribution.print.from", giver.giverCode(), giver.giverName());
    }

    /**
     * The section's total and both signatures, kept on one page: when they do not fit under the last rows they start
     * the next page under the section's title marked as continued and the column headings, so the total is never
     * read without knowing whose it is, and a signature never stands without the total it signs for.
     */
    private void closing(DocumentComposer composer, DocumentResources resources, HandOverList list,
                         GiverSection giver, TableRowSlice heading, String title) {
        Block total = only(total(resources, giver));
        List<Block> signatures = signatures(list, giver);
        float width = composer.frame().content().width();
        float needed = height(resources, total, width);
        for (Block block : signatures) {
            needed += height(resources, block, width);
        }
        if (needed > composer.remainingHeight()) {
            composer.newPage();
            composer.add(Block.heading(messages.get("redistribution.print.continued", title), Paper.SECTION)
                    .spaceAfter(Units.mm(1.5f)));
            composer.add(only(heading));
        }
        composer.add(total);
        composer.keepTogether(signatures);
    }

    private static float height(DocumentResources resources, Block block, float width) {
        return (float) block.slices(resources, width).stream().mapToDouble(Slice::height).sum();
    }

    private static Block only(Slice slice) {
        return (resources, width) -> List.of(slice);
    }

    private void describe(PDDocument document, HandOverList list) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(messages.get("redistribution.print.title") + " " + list.receiverCode());
        info.setSubject(list.receiverName());
        info.setCreator("Jalin");
    }

    private Block details(DocumentResources resources, HandOverList list) {
        String date = list.place().isEmpty() ? messages.date(list.date())
                : messages.get("redistribution.print.signedAt", list.place(), messages.date(list.date()));
        String contents = messages.get("redistribution.print.count", list.givers().size(), list.titles(),
                list.copies());
        return (r, width) -> List.of(
                detail(resources, width, "redistribution.print.receiver",
                        (list.receiverCode() + " " + list.receiverName()).strip(), Paper.STRONG),
                detail(resources, width, "redistribution.print.date", date, Paper.BODY),
                detail(resources, width, "redistribution.print.contents", contents, Paper.BODY));
    }

    /** A label and its value, the value in a column of its own so a long library name wraps under itself. */
    private Slice detail(DocumentResources resources, float width, String labelKey, String value,
                         TextStyle style) {
        return TableRowSlice.of(resources, List.of(
                TableRowSlice.Cell.of(messages.get(labelKey), Paper.BODY, Alignment.LEFT),
                TableRowSlice.Cell.of(value, style, Alignment.LEFT)),
                new float[] {LABEL_WIDTH, width - LABEL_WIDTH}, false);
    }

    private List<TableRowSlice.Cell> headings() {
        List<TableRowSlice.Cell> cells = new ArrayList<>();
        for (int c = 0; c < HEADINGS.length; c++) {
            cells.add(TableRowSlice.Cell.of(messages.get(HEADINGS[c]), Paper.TABLE_HEADING, align(c)));
        }
        return cells;
    }

    private static Alignment align(int column) {
        return column == 0 || column == 3 || column == 5 ? Alignment.RIGHT : Alignment.LEFT;
    }

    private List<TableRowSlice> rows(DocumentResources resources, GiverSection giver) {
        List<TableRowSlice> rows = new ArrayList<>();
        int number = 0;
        for (HandOverItem item : giver.items()) {
            number++;
            List<TableRowSlice.Part> title = new ArrayList<>();
            title.add(new TableRowSlice.Part(item.title(), Paper.CELL));
            if (!item.isbn().isEmpty()) {
                title.add(new TableRowSlice.Part(messages.get("redistribution.print.isbn", item.isbn()),
                        Paper.CELL_SMALL));
            }
            String shipped = item.shippedOn() == null ? messages.get("redistribution.print.notShipped")
                    : messages.get("redistribution.print.shippedOn", messages.date(item.shippedOn()))
                    + (item.shipment().isEmpty() ? "" : "\n" + item.shipment());
            rows.add(row(resources, List.of(
                    TableRowSlice.Cell.of(number + ".", Paper.CELL, align(0)),
                    new TableRowSlice.Cell(title, Alignment.LEFT),
                    TableRowSlice.Cell.of(item.author(), Paper.CELL, align(2)),
                    TableRowSlice.Cell.of(item.year() == null ? "" : item.year().toString(), Paper.CELL, align(3)),
                    TableRowSlice.Cell.of(messages.label("redistribution.condition", item.condition()), Paper.CELL,
                            align(4)),
                    TableRowSlice.Cell.of(Integer.toString(item.copies()), Paper.CELL, align(5)),
                    TableRowSlice.Cell.of(shipped, Paper.CELL_SMALL, align(6))), false));
        }
        return rows;
    }

    /** "Jumlah dari ITB: 2 judul, 4 eksemplar" across the columns before the copies, the copies under theirs. */
    private TableRowSlice total(DocumentResources resources, GiverSection giver) {
        float label = 0;
        for (int c = 0; c < WIDTHS.length - 2; c++) {
            label += Units.mm(WIDTHS[c]);
        }
        return TableRowSlice.of(resources, List.of(
                TableRowSlice.Cell.of(messages.get("redistribution.print.subtotal", giver.giverCode(),
                        giver.items().size(), giver.copies()), Paper.TOTAL, Alignment.RIGHT),
                TableRowSlice.Cell.of(Integer.toString(giver.copies()), Paper.TOTAL, Alignment.RIGHT),
                TableRowSlice.Cell.of("", Paper.TOTAL, Alignment.LEFT)),
                new float[] {label, Units.mm(WIDTHS[5]), Units.mm(WIDTHS[6])}, false);
    }

    private static TableRowSlice row(DocumentResources resources, List<TableRowSlice.Cell> cells, boolean heading) {
        float[] widths = new float[WIDTHS.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Units.mm(WIDTHS[c]);
        }
        return TableRowSlice.of(resources, cells, widths, heading);
    }

    /** The giver hands over on the left, the receiver signs for what arrived on the right; names level. */
    private List<Block> signatures(HandOverList list, GiverSection giver) {
        return List.of(Block.spacer(Units.mm(6)), Block.sideBySideCells(Units.mm(12), List.of(
                signature("redistribution.print.handedBy", giver.giverName()),
                signature("redistribution.print.receivedBy", list.receiverName()))));
    }

    private List<List<Block>> signature(String roleKey, String library) {
        return List.of(
                List.of(Block.paragraph(messages.get(roleKey), Paper.BODY).centered()),
                List.of(Block.paragraph(library, Paper.STRONG).centered()),
                List.of(Block.spacer(Units.mm(18))),
                List.of(Block.paragraph(DOTTED, Paper.BODY).centered()),
                List.of(Block.paragraph(messages.get("redistribution.print.signedOn"), Paper.BODY).centered()));
    }
}
