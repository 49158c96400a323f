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
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a member's statement of a round on A4 portrait under the forum's letterhead, in the language of
 * {@code messages}: the member and the round, its lines (own copies in full, its share of the items bought for
 * all) with the share per line and the total, the split rule in words so the member can check its share by hand,
 * and where its total stands in the round's budget. Every page ends with "Halaman x dari y".
 */
public final class MemberStatementPdf {
    private final Words words;

    public MemberStatementPdf(Messages messages) {
        this.words = new Words(messages);
    }

    public void write(MemberStatement statement, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, statement);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, Paper.FRAME);
            composer.add(Letterhead.of(statement.letterhead())).spacer(Units.mm(3));
            composer.add(Block.heading(words.get("acquisition.print.statement.title"), Paper.TITLE).centered()
                    .spaceAfter(Units.mm(4)));
            composer.add(details(statement));
            composer.spacer(Units.mm(6));
            String linesTitle = words.get("acquisition.print.statement.lines");
            if (statement.lines().isEmpty()) {
                composer.add(Block.heading(linesTitle, Paper.SECTION).spaceAfter(Units.mm(1.5f)));
                composer.add(Block.paragraph(words.get("acquisition.print.statement.none",
                        statement.member().code()), Paper.BODY));
            } else {
                table(resources, statement).addUnder(composer,
                        Block.heading(linesTitle, Paper.SECTION).spaceAfter(Units.mm(1.5f)),
                        Block.heading(words.get("acquisition.print.continued", linesTitle), Paper.SECTION)
                                .spaceAfter(Units.mm(1.5f)));
            }
            composer.spacer(Units.mm(6));
            composer.keepTogether(rule(statement));
            composer.spacer(Units.mm(6));
            composer.keepTogether(budget(statement));
            composer.finish();
            new FooterStamper(resources, Paper.FRAME, Paper.FOOTER).stamp((page, total) ->
                    statement.member().code() + "  \u00b7  " + statement.roundName() + "  \u00b7  "
                            + words.page(page, total));
            document.save(out);
        }
    }

    private void describe(PDDocument document, MemberStatement statement) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(words.get("acquisition.print.statement.title") + " " + statement.member().code());
        info.setSubject(statement.roundName());
        info.setAuthor(statement.letterhead().name());
        info.setCreator("Jalin");
    }

    private DetailsTable details(MemberStatement statement) {
        Participant member = statement.member();
        DetailsTable details = new DetailsTable()
                .addCoded(words.get("acquisition.print.column.member"), member.code(), member.name())
                .addStrong(words.get("acquisition.print.round"), statement.roundName());
        if (!statement.coordinatingLibrary().isEmpty()) {
            details.add(words.get("acquisition.print.coordinator"), statement.coordinatingLibrary());
        }
        return details.add(words.get("acquisition.print.date"), words.date(statement.date()))
                .addStrong(words.get("acquisition.print.statement.pays", member.code()),
                        words.money(statement.total()));
    }

    /** Column widths in millimetres, summing to the 165 mm between the frame's margins. */
    private PrintTable table(DocumentResources resources, MemberStatement statement) {
        PrintTable table = new PrintTable(resources, List.of(
                new PrintTable.Column(words.get("acquisition.print.column.number"), 7, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.item"), 52, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.format"), 18, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.kind"), 17, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.copies"), 12, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.unitPrice"), 19, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.lineCost"), 20, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.share"), 20, Alignment.RIGHT)));
        int number = 0;
        for (StatementLine line : statement.lines()) {
            number++;
            table.row(List.of(
                    TableRowSlice.Cell.of(number + ".", Paper.CELL, Alignment.RIGHT),
                    ItemCell.of(words, line.title(), line.author(), line.isbn()),
                    TableRowSlice.Cell.of(words.format(line.format()), Paper.CELL_FORMAT, Alignment.LEFT),
                    TableRowSlice.Cell.of(words.get(line.shared() ? "acquisition.print.statement.shared"
                            : "acquisition.print.statement.own"), Paper.CELL, Alignment.LEFT),
                    TableRowSlice.Cell.of(Integer.toString(line.copies()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(line.unitPrice()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(line.lineCost()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(line.share()), Paper.CELL_STRONG, Alignment.RIGHT)));
        }
        boolean both = statement.lines().stream().anyMatch(StatementLine::shared)
                && statement.lines().stream().anyMatch(l -> !l.shared());
        if (both) {
            table.total(words.get("acquisition.print.statement.ownTotal"), words.amount(statement.ownTotal()), 2,
                    Paper.CELL);
            table.total(words.get("acquisition.print.statement.sharedTotal"), words.amount(statement.sharedTotal()),
                    2, Paper.CELL);
        }
        return table.total(words.get("acquisition.print.statement.total", statement.member().code()),
                words.amount(statement.total()), 2, Paper.TOTAL);
    }

    /** How the shares were reckoned: own copies in full, the round's rule for the rest, and the whole-Rupiah rule. */
    private List<Block> rule(MemberStatement statement) {
        SplitBasis split = statement.split();
        String code = statement.member().code();
        String shared = switch (split.rule()) {
            case OWN_COPIES -> words.get("acquisition.print.statement.rule.own_copies", split.participants());
            case EQUAL -> words.get("acquisition.print.statement.rule.equal", split.participants());
            case WEIGHTED -> words.get("acquisition.print.statement.rule.weighted", split.participants(), code,
                    split.memberWeight(), split.totalWeight(),
                    words.percent((double) split.memberWeight() / split.totalWeight()));
            case FIXED_PERCENT -> words.get("acquisition.print.statement.rule.fixed_percent", split.participants(),
                    code, words.basisPoints(split.memberWeight()));
        };
        return List.of(
                Block.heading(words.get("acquisition.print.statement.rule"), Paper.SECTION).spaceAfter(Units.mm(1.5f)),
                Block.paragraph(words.get("acquisition.print.statement.rule.own", code), Paper.BODY)
                        .aligned(Alignment.JUSTIFY).spaceAfter(Units.mm(1.5f)),
                Block.paragraph(shared, Paper.BODY).aligned(Alignment.JUSTIFY).spaceAfter(Units.mm(1.5f)),
                Block.paragraph(words.get("acquisition.print.statement.rule.remainder"), Paper.BODY)
                        .aligned(Alignment.JUSTIFY));
    }

    /** The round's budget, its total, the member's part of it and, where the round sets one, the member's cap. */
    private List<Block> budget(MemberStatement statement) {
        BudgetContext budget = statement.budget();
        String code = statement.member().code();
        Money total = statement.total();
        DetailsTable details = new DetailsTable()
                .add(words.get("acquisition.print.statement.budget.round"), words.money(budget.roundBudget()))
                .add(words.get("acquisition.print.statement.budget.ordered"), budget.roundBudget().rupiah() == 0
                        ? words.money(budget.roundTotal())
                        : words.get("acquisition.print.statement.budget.ofBudget", words.money(budget.roundTotal()),
                                words.percent((double) budget.roundTotal().rupiah() / budget.roundBudget().rupiah())))
                .add(words.get("acquisition.print.statement.budget.member", code), budget.roundTotal().rupiah() == 0
                        ? words.money(total)
                        : words.get("acquisition.print.statement.budget.ofOrdered", words.money(total),
                                words.percent((double) total.rupiah() / budget.roundTotal().rupiah())));
        if (budget.hasCap()) {
            long left = budget.memberCap().rupiah() - total.rupiah();
            details.add(words.get("acquisition.print.statement.budget.cap", code), left >= 0
                    ? words.get("acquisition.print.statement.budget.capLeft", words.money(budget.memberCap()),
                            words.money(Money.of(left)))
                    : words.get("acquisition.print.statement.budget.capPassed", words.money(budget.memberCap()),
                            words.money(Money.of(-left))));
        } else {
            details.add(words.get("acquisition.print.statement.budget.cap", code),
                    words.get("acquisition.print.statement.budget.noCap"));
        }
        return List.of(Block.heading(words.get("acquisition.print.statement.budget"), Paper.SECTION)
                .spaceAfter(Units.mm(1.5f)), details);
    }
}
