package id.jalin.loan.print;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.pdf.AlignedRow;
import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.FooterStamper;
import id.jalin.kernel.pdf.Letterhead;
import id.jalin.kernel.pdf.Margins;
import id.jalin.kernel.pdf.PageFrame;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints an overdue notice as an A4 letter on the forum's letterhead: the letter in Indonesian (left) and English
 * (right) side by side, row by row so both languages of each part start level, the table of overdue items across
 * the page, and the signature block kept together with the closing lines. A notice that runs over a page carries
 * its letter number and "Halaman x dari y / Page x of y" at the foot of every page.
 */
public final class OverdueNoticePdf {
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 12, 25), Units.mm(10));
    private static final float COLUMN_GAP = Units.mm(8);
    private static final float ROW_GAP = Units.mm(2.5f);
    private static final TextStyle BODY = TextStyle.regular(9.5f);
    private static final TextStyle STRONG = TextStyle.bold(9.5f);
    private static final TextStyle TITLE = TextStyle.bold(12);
    private static final TextStyle FOOTER = TextStyle.regular(8);
    /** Column widths summing to the 165 mm between the frame's margins. */
    private static final List<LoanTable.Column> COLUMNS = List.of(
            new LoanTable.Column("loan.print.column.number", 7, Alignment.RIGHT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.request", 24, Alignment.LEFT, LoanTable.CELL_NUMBER),
            new LoanTable.Column("loan.print.column.title", 31, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.lender", 24, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.user", 27, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.shipped", 18, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.due", 18, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.days", 16, Alignment.RIGHT, LoanTable.CELL));

    private final Bilingual words = new Bilingual();

    public void write(OverdueNotice notice, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, notice);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, FRAME);
            composer.add(Letterhead.of(notice.letterhead())).spacer(Units.mm(3));
            composer.add(Block.paragraph(words.stacked("loan.print.notice.title"), TITLE).centered()
                    .spaceAfter(Units.mm(1)));
            composer.add(Block.paragraph(words.indonesian.get("loan.print.notice.number", notice.letterNumber()),
                    BODY).centered());
            composer.spacer(Units.mm(5));
            composer.alignedRows(opening(notice), COLUMN_GAP, ROW_GAP);
            composer.spacer(Units.mm(4));
            new LoanTable(words, COLUMNS).addTo(composer, resources, rows(notice));
            composer.spacer(Units.mm(5));
            composer.alignedRows(closing(), COLUMN_GAP, ROW_GAP);
            // the space above the signature belongs to it: on its own it could end the page and leave the signature
            // to start the next one without the closing lines it must keep
            composer.keepTogetherWithPrevious(signature(notice), 2);
            composer.finish();
            if (composer.pageCount() > 1) {
                new FooterStamper(resources, FRAME, FOOTER).stamp((page, total) ->
                        notice.letterNumber() + "  \u00b7  " + words.page(page, total));
            }
            document.save(out);
        }
    }

    private void describe(PDDocument document, OverdueNotice notice) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(words.indonesian.get("loan.print.notice.title") + " " + notice.borrowingLibraryName());
        info.setAuthor(notice.letterhead().name());
        info.setCreator("Jalin");
    }

    private List<AlignedRow> opening(OverdueNotice notice) {
        int count = notice.items().size();
        List<AlignedRow> rows = new ArrayList<>();
        rows.add(row(m -> List.of(Block.paragraph(addressee(m, notice), BODY))));
        rows.add(row(m -> List.of(Block.paragraph(m.get("loan.print.notice.subject"), STRONG))));
        rows.add(row(m -> List.of(Block.paragraph(m.get("loan.print.notice.opening", m.date(notice.date()), count,
                notice.borrowingLibraryName()), BODY))));
        return rows;
    }

    private static String addressee(Messages m, OverdueNotice notice) {
        String to = m.get("loan.print.notice.to", notice.borrowingLibraryName());
        return notice.borrowingLibraryAddress().isEmpty() ? to : to + "\n" + notice.borrowingLibraryAddress();
    }

    private List<AlignedRow> closing() {
        return List.of(
                row(m -> List.of(Block.paragraph(m.get("loan.print.notice.request"), BODY))),
                row(m -> List.of(Block.paragraph(m.get("loan.print.notice.closing"), BODY))));
    }

    private AlignedRow row(Function<Messages, List<Block>> cell) {
        return AlignedRow.of(cell.apply(words.indonesian), cell.apply(words.english));
    }

    /** The table's dates are written dd/MM/yyyy, the same in both languages and short enough for one line. */
    private List<List<String>> rows(OverdueNotice notice) {
        DateTimeFormatter dates = words.indonesian.inputDateFormat();
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (OverdueItem item : notice.items()) {
            number++;
            rows.add(List.of(number + ".", item.requestNumber(), item.title(), item.lendingLibrary(),
                    item.userName(), item.shippedOn() == null ? "" : dates.format(item.shippedOn()),
                    dates.format(item.dueDate()),
                    Integer.toString(item.daysOverdue())));
        }
        return rows;
    }

    /** Place and date in both languages, then room to sign, the name and the position, on the right half. */
    private List<Block> signature(OverdueNotice notice) {
        Messages id = words.indonesian;
        Messages en = words.english;
        String signedAt = signedAt(id, notice) + "\n" + signedAt(en, notice);
        List<Block> right = List.of(
                Block.paragraph(signedAt, BODY).centered(),
                Block.paragraph(notice.signatoryPosition(), BODY).centered(),
                Block.spacer(Units.mm(20)),
                Block.paragraph(notice.signatoryName(), STRONG).centered());
        return List.of(Block.spacer(Units.mm(8)),
                Block.sideBySide(COLUMN_GAP, List.of(List.of(Block.spacer(1)), right)));
    }

    private static String signedAt(Messages m, OverdueNotice notice) {
        return notice.place().isEmpty() ? m.date(notice.date())
                : m.get("loan.print.notice.signedAt", notice.place(), m.date(notice.date()));
    }
}
