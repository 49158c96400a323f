package id.jalin.loan.print;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.FooterStamper;
import id.jalin.kernel.pdf.Margins;
import id.jalin.kernel.pdf.PageFrame;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a lending library's reminder list on A4 portrait: the title and the lender in Indonesian and English,
 * then a table of its overdue loans whose headings carry both languages, and "Halaman x dari y / Page x of y" at
 * the foot of every page.
 */
public final class LenderReminderPdf {
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 12, 25), Units.mm(10));
    private static final TextStyle TITLE = TextStyle.bold(13);
    private static final TextStyle LENDER = TextStyle.bold(11);
    private static final TextStyle BODY = TextStyle.regular(9.5f);
    private static final TextStyle FOOTER = TextStyle.regular(8);
    /** Column widths summing to the 165 mm between the frame's margins. */
    private static final List<LoanTable.Column> COLUMNS = List.of(
            new LoanTable.Column("loan.print.column.number", 7, Alignment.RIGHT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.request", 24, Alignment.LEFT, LoanTable.CELL_NUMBER),
            new LoanTable.Column("loan.print.column.borrower", 35, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.title", 42, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.user", 23, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.due", 18, Alignment.LEFT, LoanTable.CELL),
            new LoanTable.Column("loan.print.column.days", 16, Alignment.RIGHT, LoanTable.CELL));

    private final Bilingual words = new Bilingual();

    public void write(LenderReminder reminder, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, reminder);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, FRAME);
            heading(composer, reminder);
            if (reminder.rows().isEmpty()) {
                composer.add(Block.paragraph(words.stacked("loan.print.reminder.none"), BODY).centered());
            } else {
                new LoanTable(words, COLUMNS).addTo(composer, resources, rows(reminder));
            }
            composer.finish();
            new FooterStamper(resources, FRAME, FOOTER).stamp(words::page);
            document.save(out);
        }
    }

    private void describe(PDDocument document, LenderReminder reminder) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(words.indonesian.get("loan.print.reminder.title") + " " + reminder.lenderName());
        info.setAuthor(reminder.lenderName());
        info.setCreator("Jalin");
    }

    private void heading(DocumentComposer composer, LenderReminder reminder) {
        composer.add(Block.heading(words.stacked("loan.print.reminder.title"), TITLE).centered()
                .spaceAfter(Units.mm(2)));
        if (!reminder.lenderName().isEmpty()) {
            composer.add(Block.heading(reminder.lenderName(), LENDER).centered().spaceAfter(Units.mm(1)));
        }
        Messages id = words.indonesian;
        Messages en = words.english;
        composer.add(Block.heading(id.get("loan.print.reminder.asOf", id.date(reminder.date())) + " / "
                + en.get("loan.print.reminder.asOf", en.date(reminder.date())), BODY).centered());
        if (!reminder.rows().isEmpty()) {
            composer.add(Block.heading(words.stacked("loan.print.reminder.count", reminder.rows().size()), BODY)
                    .centered());
        }
        composer.spacer(Units.mm(5));
    }

    /** The table's dates are written dd/MM/yyyy, the same in both languages and short enough for one line. */
    private List<List<String>> rows(LenderReminder reminder) {
        DateTimeFormatter dates = words.indonesian.inputDateFormat();
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (ReminderRow row : reminder.rows()) {
            number++;
            rows.add(List.of(number + ".", row.requestNumber(), row.borrowingLibrary(), row.title(),
                    row.userName(), dates.format(row.dueDate()), Integer.toString(row.daysOverdue())));
        }
        return rows;
    }
}
