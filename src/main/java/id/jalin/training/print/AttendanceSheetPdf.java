package id.jalin.training.print;

import id.jalin.kernel.i18n.Language;
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
 * The attendance sheet (daftar hadir) of one session on A4 portrait, in the language chosen: the forum's
 * letterhead, the event and the session, then a ruled table (no., name, institution, signature) whose heading is
 * repeated on every page it runs onto, and "page x of y" with the session in the footer of each page, so a page
 * that comes loose from the stack still says where it belongs.
 */
public final class AttendanceSheetPdf {
    /** A wider left margin for the binder's holes: sheets are filed with the event's papers. */
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(15, 15, 10, 20), Units.mm(9));
    /** Tall enough for a signature with a pen, which needs about a centimetre. */
    static final float ROW_HEIGHT = Units.mm(11);
    private static final TextStyle TITLE = TextStyle.bold(14);
    private static final TextStyle LABEL = TextStyle.regular(9.5f);
    private static final TextStyle VALUE = TextStyle.regular(9.5f);
    private static final TextStyle VALUE_STRONG = TextStyle.bold(9.5f);
    private static final TextStyle HEADING = TextStyle.bold(9).withLeading(11);
    private static final TextStyle CELL = TextStyle.regular(8.5f).withLeading(10.5f);
    private static final TextStyle FOOTER = TextStyle.regular(7.5f);
    private static final float[] WIDTHS_MM = {10, 58, 60, 47};

    private final Words words;

    public AttendanceSheetPdf(Language language) {
        this.words = new Words(language);
    }

    public void write(AttendanceSheet sheet, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, sheet);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, FRAME);
            composer.add(Letterhead.of(sheet.letterhead())).spacer(Units.mm(3));
            composer.add(Block.heading(words.get("training.print.sheet.title"), TITLE).centered()
                    .spaceAfter(Units.mm(3)));
            composer.add(details(sheet));
            composer.spacer(Units.mm(4));
            float[] widths = widths(composer.frame().content().width());
            TableRowSlice.addTable(composer, heading(resources, widths), rows(resources, sheet, widths));
            composer.finish();
            AttendanceSheet.Session session = sheet.session();
            new FooterStamper(resources, FRAME, FOOTER).stamp((page, total) -> words.get(
                    "training.print.sheet.footer", session.number(), words.date(session.date()), page, total));
            document.save(out);
        }
    }

    private void describe(PDDocument document, AttendanceSheet sheet) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(words.get("training.print.sheet.title") + " " + sheet.eventTitle());
        info.setAuthor(sheet.letterhead().name());
        info.setCreator("Jalin");
    }

    private Block details(AttendanceSheet sheet) {
        AttendanceSheet.Session session = sheet.session();
        // "session 1 of 1" says nothing for a one-session seminar
        String when = session.count() > 1
                ? words.get("training.print.sheet.when", session.number(), session.count(),
                        words.dayAndDate(session.date()), words.times(session.start(), session.end()))
                : words.get("training.print.sheet.whenOnly", words.dayAndDate(session.date()),
                        words.times(session.start(), session.end()));
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {words.get("training.print.sheet.event"), sheet.eventTitle()});
        pairs.add(new String[] {words.get("training.print.sheet.kind"), sheet.eventKind()});
        pairs.add(new String[] {words.get("training.print.sheet.venue"), sheet.venue()});
        pairs.add(new String[] {words.get("training.print.sheet.session"), when});
        pairs.add(new String[] {words.get("training.print.sheet.topic"), session.topic()});
        pairs.add(new String[] {words.get("training.print.sheet.speaker"), session.speaker()});
        return (resources, width) -> {
            float labelWidth = Units.mm(24);
            List<Slice> slices = new ArrayList<>();
            for (String[] pair : pairs) {
                // the event's title stands out; the rest is read once
                TextStyle value = slices.isEmpty() ? VALUE_STRONG : VALUE;
                slices.add(LabelValueSlice.of(resources, pair[0], LABEL, pair[1], value, labelWidth, width));
            }
            return slices;
        };
    }

    private static float[] widths(float available) {
        float sum = 0;
        for (float mm : WIDTHS_MM) {
            sum += mm;
        }
        float[] widths = new float[WIDTHS_MM.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = available * WIDTHS_MM[i] / sum;
        }
        return widths;
    }

    private static final List<Alignment> ALIGNMENTS = List.of(Alignment.RIGHT, Alignment.LEFT, Alignment.LEFT,
            Alignment.CENTER);

    private SheetRowSlice heading(DocumentResources resources, float[] widths) {
        List<String> texts = List.of(words.get("training.print.sheet.number"), words.get("training.print.sheet.name"),
                words.get("training.print.sheet.institution"), words.get("training.print.sheet.signature"));
        return SheetRowSlice.of(resources, texts, List.of(Alignment.CENTER, Alignment.CENTER, Alignment.CENTER,
                Alignment.CENTER), widths, HEADING, 0, true, 0);
    }

    private static List<SheetRowSlice> rows(DocumentResources resources, AttendanceSheet sheet, float[] widths) {
        List<SheetRowSlice> rows = new ArrayList<>();
        int number = 0;
        for (AttendanceSheet.Row row : sheet.rows()) {
            number++;
            rows.add(SheetRowSlice.of(resources, List.of(number + ".", row.name(), row.institution(), ""),
                    ALIGNMENTS, widths, CELL, ROW_HEIGHT, false, number));
        }
        for (int i = 0; i < sheet.blankRows(); i++) {
            number++;
            rows.add(SheetRowSlice.of(resources, List.of(number + ".", "", "", ""), ALIGNMENTS, widths, CELL,
                    ROW_HEIGHT, false, number));
        }
        return rows;
    }
}
