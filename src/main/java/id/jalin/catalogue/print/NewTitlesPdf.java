package id.jalin.catalogue.print;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
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
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a member's new titles on A4 portrait under the forum's letterhead: the title in Indonesian and English (as
 * every forum document heads itself), the member and the period, then a numbered table of the titles in the
 * language of {@code messages}. A row never breaks across pages, the table's heading row starts every page the
 * table runs onto, and each page ends with "Halaman x dari y / Page x of y".
 */
public final class NewTitlesPdf {
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 12, 25), Units.mm(10));
    /** Column widths in millimetres, summing to the 165 mm the frame leaves between its margins. */
    private static final double[] COLUMNS_MM = {8.5, 50, 26, 31, 23, 14.5, 12};
    private static final int MAX_AUTHORS = 3;
    private static final TextStyle TITLE = TextStyle.bold(13);
    private static final TextStyle MEMBER = TextStyle.bold(11);
    private static final TextStyle BODY = TextStyle.regular(9.5f);
    private static final TextStyle HEADING = TextStyle.bold(7);
    /** Table text is set a little tighter than body text: a row is read across, not down. */
    private static final float CELL_LEADING = 9.8f;
    private static final TextStyle CELL = TextStyle.regular(8).withLeading(CELL_LEADING);
    private static final TextStyle CELL_NOTE = TextStyle.oblique(8).withLeading(CELL_LEADING);
    /** Thirteen digits at 7 pt fit the ISBN column on one line. */
    private static final TextStyle CELL_DIGITS = TextStyle.regular(7).withLeading(CELL_LEADING);
    private static final TextStyle FOOTER = TextStyle.regular(8);

    private final Messages messages;
    private final Messages indonesian = new Messages(Language.INDONESIAN);
    private final Messages english = new Messages(Language.ENGLISH);

    public NewTitlesPdf(Messages messages) {
        this.messages = messages;
    }

    public void write(NewTitlesList list, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, list);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, FRAME);
            composer.add(Letterhead.of(list.letterhead())).spacer(Units.mm(4));
            heading(composer, list);
            if (list.records().isEmpty()) {
                composer.add(Block.paragraph(messages.get("catalogue.print.none",
                        messages.date(list.from()), messages.date(list.to())), BODY).centered());
            } else {
                table(composer, resources, list.records());
            }
            composer.finish();
            new FooterStamper(resources, FRAME, FOOTER).stamp((page, total) ->
                    indonesian.get("catalogue.print.page", page, total) + " / "
                            + english.get("catalogue.print.page", page, total));
            document.save(out);
        }
    }

    private void describe(PDDocument document, NewTitlesList list) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(messages.get("catalogue.print.title") + " " + list.memberName());
        info.setAuthor(list.letterhead().name());
        info.setCreator("Jalin");
    }

    private void heading(DocumentComposer composer, NewTitlesList list) {
        String id = indonesian.get("catalogue.print.title");
        String en = english.get("catalogue.print.title");
        composer.add(Block.heading(id + "\n" + en, TITLE).centered().spaceAfter(Units.mm(2)));
        if (!list.memberName().isEmpty()) {
            composer.add(Block.heading(list.memberName(), MEMBER).centered().spaceAfter(Units.mm(1)));
        }
        composer.add(Block.heading(messages.get("catalogue.print.period",
                messages.date(list.from()), messages.date(list.to())), BODY).centered());
        if (!list.records().isEmpty()) {
            composer.add(Block.heading(messages.get("catalogue.print.count", list.records().size(), list.copies()),
                    BODY).centered());
        }
        composer.spacer(Units.mm(5));
    }

    /**
     * The rows one by one: a row that does not fit what is left of the page starts the next page under a repeated
     * heading row, and the heading row never stands at a page's foot without a title under it.
     */
    private void table(DocumentComposer composer, DocumentResources resources, List<StoredRecord> records) {
        float[] widths = widths();
        List<Slice> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(TableRowSlice.of(resources, cells(i + 1, records.get(i).record()), widths, false));
        }
        TableRowSlice.addTable(composer, TableRowSlice.of(resources, headingCells(), widths, true), rows);
    }

    private static float[] widths() {
        float[] widths = new float[COLUMNS_MM.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Units.mm(COLUMNS_MM[i]);
        }
        return widths;
    }

    private List<TableRowSlice.Cell> headingCells() {
        List<TableRowSlice.Cell> cells = new ArrayList<>();
        cells.add(TableRowSlice.Cell.of(messages.get("catalogue.print.column.number"), HEADING, Alignment.RIGHT));
        for (String key : List.of("catalogue.print.column.title", "catalogue.print.column.authors",
                "catalogue.print.column.publication", "catalogue.print.column.isbn",
                "catalogue.print.column.call_number")) {
            cells.add(TableRowSlice.Cell.of(messages.get(key), HEADING, Alignment.LEFT));
        }
        cells.add(TableRowSlice.Cell.of(messages.get("catalogue.print.column.copies"), HEADING, Alignment.RIGHT));
        return cells;
    }

    private List<TableRowSlice.Cell> cells(int number, CatalogueRecord record) {
        List<TableRowSlice.Part> title = new ArrayList<>();
        title.add(new TableRowSlice.Part(record.subtitle().isEmpty() ? record.title()
                : record.title() + " : " + record.subtitle(), CELL));
        title.add(new TableRowSlice.Part(record.edition(), CELL_NOTE));
        return List.of(
                TableRowSlice.Cell.of(number + ".", CELL, Alignment.RIGHT),
                new TableRowSlice.Cell(title, Alignment.LEFT),
                TableRowSlice.Cell.of(authors(record.authors()), CELL, Alignment.LEFT),
                TableRowSlice.Cell.of(publication(record), CELL, Alignment.LEFT),
                TableRowSlice.Cell.of(record.isbns().stream().map(Isbn::digits).collect(Collectors.joining("\n")),
                        CELL_DIGITS, Alignment.LEFT),
                TableRowSlice.Cell.of(record.callNumber(), CELL, Alignment.LEFT),
                TableRowSlice.Cell.of(Integer.toString(record.copies()), CELL, Alignment.RIGHT));
    }

    /** The first authors one a line; a long list of contributors ends in "dkk." / "et al.". */
    private String authors(List<String> authors) {
        if (authors.size() <= MAX_AUTHORS) {
            return String.join("\n", authors);
        }
        return String.join("\n", authors.subList(0, MAX_AUTHORS)) + " " + messages.get("catalogue.print.more_authors");
    }

    /** "Place: Publisher, year" as a catalogue card writes it, leaving out what the record does not give. */
    private static String publication(CatalogueRecord record) {
        String imprint = record.place().isEmpty() ? record.publisher()
                : record.publisher().isEmpty() ? record.place() : record.place() + ": " + record.publisher();
        if (record.year() == null) {
            return imprint;
        }
        return imprint.isEmpty() ? record.year().toString() : imprint + ", " + record.year();
    }
}
