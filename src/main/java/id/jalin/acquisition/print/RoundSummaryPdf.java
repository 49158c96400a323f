package id.jalin.acquisition.print;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.FooterStamper;
import id.jalin.kernel.pdf.Letterhead;
import id.jalin.kernel.pdf.TableRowSlice;
import id.jalin.kernel.pdf.Units;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a round's summary on A4 portrait under the forum's letterhead, in the language of {@code messages}: what
 * the round spent against its budget, then per member (own copies, share of the items for all, total, portion,
 * cap) and per format, each breakdown with its total. Every page ends with the round and "Halaman x dari y".
 */
public final class RoundSummaryPdf {
    private final Words words;

    public RoundSummaryPdf(Messages messages) {
        this.words = new Words(messages);
    }

    public void write(RoundSummary summary, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, summary);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, Paper.FRAME);
            composer.add(Letterhead.of(summary.letterhead())).spacer(Units.mm(3));
            composer.add(Block.heading(words.get("acquisition.print.summary.title"), Paper.TITLE).centered()
                    .spaceAfter(Units.mm(4)));
            composer.add(details(summary));
            section(composer, words.get("acquisition.print.summary.members"), members(resources, summary));
            section(composer, words.get("acquisition.print.summary.formats"), formats(resources, summary));
            composer.finish();
            new FooterStamper(resources, Paper.FRAME, Paper.FOOTER).stamp((page, total) ->
                    summary.roundName() + "  \u00b7  " + words.page(page, total));
            document.save(out);
        }
    }

    private void describe(PDDocument document, RoundSummary summary) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(words.get("acquisition.print.summary.title") + " " + summary.roundName());
        info.setAuthor(summary.letterhead().name());
        info.setCreator("Jalin");
    }

    private void section(DocumentComposer composer, String title, PrintTable table) {
        composer.spacer(Units.mm(6));
        table.addUnder(composer, Block.heading(title, Paper.SECTION).spaceAfter(Units.mm(1.5f)),
                Block.heading(words.get("acquisition.print.continued", title), Paper.SECTION)
                        .spaceAfter(Units.mm(1.5f)));
    }

    private DetailsTable details(RoundSummary summary) {
        DetailsTable details = new DetailsTable()
                .addStrong(words.get("acquisition.print.round"), summary.roundName());
        if (!summary.coordinatingLibrary().isEmpty()) {
            details.add(words.get("acquisition.print.coordinator"), summary.coordinatingLibrary());
        }
        details.add(words.get("acquisition.print.date"), words.date(summary.date()))
                .add(words.get("acquisition.print.summary.budget"), words.money(summary.budget()));
        Double used = summary.usedShare();
        details.addStrong(words.get("acquisition.print.summary.spent"), used == null ? words.money(summary.spent())
                : words.get("acquisition.print.statement.budget.ofBudget", words.money(summary.spent()),
                        words.percent(used)));
        Money remaining = summary.remaining();
        return remaining.isNegative()
                ? details.addStrong(words.get("acquisition.print.summary.over"),
                        words.money(Money.of(-remaining.rupiah())))
                : details.add(words.get("acquisition.print.summary.remaining"), words.money(remaining));
    }

    /** Column widths in millimetres, summing to the 165 mm between the frame's margins. */
    private PrintTable members(DocumentResources resources, RoundSummary summary) {
        PrintTable table = new PrintTable(resources, List.of(
                new PrintTable.Column(words.get("acquisition.print.column.code"), 15, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.member"), 35, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.copies"), 12, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.own"), 22, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.shared"), 22, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.total"), 23, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.portion"), 14, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.cap"), 22, Alignment.RIGHT)));
        Money spent = summary.spent();
        int copies = 0;
        Money own = Money.ZERO;
        Money shared = Money.ZERO;
        for (MemberSpend member : summary.members()) {
            copies += member.copies();
            own = own.plus(member.own());
            shared = shared.plus(member.shared());
            table.row(List.of(
                    TableRowSlice.Cell.of(member.member().code(), Paper.CELL, Alignment.LEFT),
                    TableRowSlice.Cell.of(member.member().name(), Paper.CELL, Alignment.LEFT),
                    TableRowSlice.Cell.of(Integer.toString(member.copies()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(member.own()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(member.shared()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(member.total()), Paper.CELL_STRONG, Alignment.RIGHT),
                    TableRowSlice.Cell.of(portion(member.total(), spent), Paper.CELL, Alignment.RIGHT),
                    cap(member)));
        }
        return table.totals(words.get("acquisition.print.summary.total"), 2, List.of(Integer.toString(copies),
                words.amount(own), words.amount(shared), words.amount(spent), portion(spent, spent), ""),
                Paper.CELL_STRONG);
    }

    /** The cap, and under it in italics by how much a member passed it. */
    private TableRowSlice.Cell cap(MemberSpend member) {
        if (member.cap() == null) {
            return TableRowSlice.Cell.of("\u2013", Paper.CELL, Alignment.RIGHT);
        }
        List<TableRowSlice.Part> parts = new ArrayList<>();
        parts.add(new TableRowSlice.Part(words.amount(member.cap()), Paper.CELL));
        if (member.overCap()) {
            parts.add(new TableRowSlice.Part(words.get("acquisition.print.summary.capPassed",
                    words.amount(Money.of(member.total().rupiah() - member.cap().rupiah()))), Paper.CELL_NOTE));
        }
        return new TableRowSlice.Cell(parts, Alignment.RIGHT);
    }

    private PrintTable formats(DocumentResources resources, RoundSummary summary) {
        PrintTable table = new PrintTable(resources, List.of(
                new PrintTable.Column(words.get("acquisition.print.column.format"), 59, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.lines"), 20, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.copies"), 20, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.spent"), 40, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.portion"), 26, Alignment.RIGHT)));
        Money spent = summary.spent();
        int lines = 0;
        int copies = 0;
        for (FormatSpend format : summary.formats()) {
            lines += format.lines();
            copies += format.copies();
            table.row(List.of(
                    TableRowSlice.Cell.of(words.format(format.format()), Paper.CELL, Alignment.LEFT),
                    TableRowSlice.Cell.of(Integer.toString(format.lines()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(Integer.toString(format.copies()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(format.spent()), Paper.CELL_STRONG, Alignment.RIGHT),
                    TableRowSlice.Cell.of(portion(format.spent(), spent), Paper.CELL, Alignment.RIGHT)));
        }
        return table.totals(words.get("acquisition.print.summary.total"), 1, List.of(Integer.toString(lines),
                Integer.toString(copies), words.amount(spent), portion(spent, spent)), Paper.CELL_STRONG);
    }

    private String portion(Money part, Money whole) {
        Double share = RoundSummaryXlsx.share(part, whole);
        return share == null ? "\u2013" : words.percent(share);
    }
}
