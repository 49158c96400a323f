package id.jalin.acquisition.print;

import id.jalin.kernel.i18n.Messages;
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
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a round's order list on A4 portrait under the forum's letterhead, in the language of {@code messages}: its
 * number, round, coordinating library and members, then a section per vendor (its lines, who each copy is for,
 * prices and the vendor's subtotal), the grand total, and the coordinator's signature kept with the lines before it.
 * Every page ends with the letter number and "Halaman x dari y".
 */
public final class OrderListPdf {
    private final Words words;

    public OrderListPdf(Messages messages) {
        this.words = new Words(messages);
    }

    public void write(OrderList list, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, list);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, Paper.FRAME);
            composer.add(Letterhead.of(list.letterhead())).spacer(Units.mm(3));
            composer.add(Block.heading(words.get("acquisition.print.order.title"), Paper.TITLE).centered()
                    .spaceAfter(Units.mm(1)));
            composer.add(Block.heading(words.get("acquisition.print.number", list.letterNumber()), Paper.BODY)
                    .centered().spaceAfter(Units.mm(4)));
            composer.add(details(list));
            int number = 0;
            for (VendorOrder vendor : list.vendors()) {
                number++;
                composer.spacer(Units.mm(6));
                String name = words.get("acquisition.print.order.vendor", number, list.vendors().size(),
                        vendor.vendor());
                table(resources, vendor).addUnder(composer,
                        Block.heading(name, Paper.SECTION).spaceAfter(Units.mm(1.5f)),
                        Block.heading(words.get("acquisition.print.continued", name), Paper.SECTION)
                                .spaceAfter(Units.mm(1.5f)));
            }
            composer.spacer(Units.mm(4));
            composer.add(grandTotal(resources, list));
            // the space above the signature belongs to it: on its own it could end the page and leave the signature
            // to start the next one without the total it signs for
            composer.keepTogetherWithPrevious(Signature.blocks(words, list.place(), list.date(),
                    list.signatoryPosition(), list.signatoryName()), 1);
            composer.finish();
            new FooterStamper(resources, Paper.FRAME, Paper.FOOTER).stamp((page, total) ->
                    list.letterNumber() + "  \u00b7  " + words.page(page, total));
            document.save(out);
        }
    }

    private void describe(PDDocument document, OrderList list) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(words.get("acquisition.print.order.title") + " " + list.letterNumber());
        info.setSubject(list.roundName());
        info.setAuthor(list.coordinatingLibrary());
        info.setCreator("Jalin");
    }

    private DetailsTable details(OrderList list) {
        DetailsTable details = new DetailsTable()
                .addStrong(words.get("acquisition.print.round"), list.roundName())
                .add(words.get("acquisition.print.coordinator"), list.coordinatingLibrary())
                .add(words.get("acquisition.print.date"), words.date(list.date()))
                .add(words.get("acquisition.print.order.contents"), words.get("acquisition.print.order.count",
                        list.vendors().size(), list.lineCount(), list.copies()));
        String label = words.get("acquisition.print.participants");
        for (Participant participant : list.participants()) {
            details.addCoded(label, participant.code(), participant.name());
            label = "";
        }
        return details;
    }

    /** Column widths in millimetres, summing to the 165 mm between the frame's margins. */
    private PrintTable table(DocumentResources resources, VendorOrder vendor) {
        PrintTable table = new PrintTable(resources, List.of(
                new PrintTable.Column(words.get("acquisition.print.column.number"), 7, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.item"), 45, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.author"), 23, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.format"), 18, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.for"), 18, Alignment.LEFT),
                new PrintTable.Column(words.get("acquisition.print.column.copies"), 12, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.unitPrice"), 20, Alignment.RIGHT),
                new PrintTable.Column(words.get("acquisition.print.column.amount"), 22, Alignment.RIGHT)));
        int number = 0;
        for (OrderLine line : vendor.lines()) {
            number++;
            table.row(List.of(
                    TableRowSlice.Cell.of(number + ".", Paper.CELL, Alignment.RIGHT),
                    ItemCell.of(words, line.title(), "", line.isbn()),
                    TableRowSlice.Cell.of(line.author(), Paper.CELL, Alignment.LEFT),
                    TableRowSlice.Cell.of(words.format(line.format()), Paper.CELL_FORMAT, Alignment.LEFT),
                    TableRowSlice.Cell.of(forWhom(line), Paper.CELL, Alignment.LEFT),
                    TableRowSlice.Cell.of(Integer.toString(line.totalCopies()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(line.unitPrice()), Paper.CELL, Alignment.RIGHT),
                    TableRowSlice.Cell.of(words.amount(line.lineTotal()), Paper.CELL, Alignment.RIGHT)));
        }
        return table.total(words.get("acquisition.print.order.subtotal", vendor.vendor(), vendor.copies()),
                words.amount(vendor.subtotal()), 2, Paper.TOTAL);
    }

    /** "ITB 2" a line for each member that asked, or "Semua anggota" for an item bought for all. */
    private String forWhom(OrderLine line) {
        if (line.isShared()) {
            return words.get("acquisition.print.order.forAll");
        }
        List<String> parts = new ArrayList<>();
        line.copies().forEach(c -> parts.add(c.memberCode() + " " + c.copies()));
        return String.join("\n", parts);
    }

    private Block grandTotal(DocumentResources resources, OrderList list) {
        float width = Paper.FRAME.content().width();
        float amountWidth = Units.mm(50);
        TableRowSlice row = TableRowSlice.of(resources, List.of(
                TableRowSlice.Cell.of(words.get("acquisition.print.order.grandTotal", list.vendors().size(),
                        list.copies()), Paper.STRONG, Alignment.RIGHT),
                TableRowSlice.Cell.of(words.money(list.grandTotal()), Paper.STRONG, Alignment.RIGHT)),
                new float[] {width - amountWidth, amountWidth}, true);
        return (r, w) -> List.of(row);
    }
}
