package id.jalin.crossservice.print;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.pdf.AlignedRow;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.Letterhead;
import id.jalin.kernel.pdf.Margins;
import id.jalin.kernel.pdf.PageFrame;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a letter of introduction on A4: the home library's letterhead, then the letter in Indonesian (left) and
 * English (right) side by side, row by row so both languages of each part start level, and the signature block.
 * The host library's staff may read either language; the holder carries one sheet.
 */
public final class IntroductionLetterPdf {
    static final PageFrame FRAME = PageFrame.a4Portrait(Margins.ofMm(18, 20, 15, 25), 0);
    private static final float COLUMN_GAP = Units.mm(8);
    private static final float ROW_GAP = Units.mm(3);
    private static final TextStyle BODY = TextStyle.regular(10);
    private static final TextStyle STRONG = TextStyle.bold(10);
    private static final TextStyle TITLE = TextStyle.bold(12);

    private final Messages indonesian = new Messages(Language.INDONESIAN);
    private final Messages english = new Messages(Language.ENGLISH);

    public void write(IntroductionLetter letter, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document, letter);
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, FRAME);
            composer.add(Letterhead.of(letter.letterhead())).spacer(Units.mm(4));
            composer.add(Block.paragraph(both("visit.letter.title"), TITLE).centered().spaceAfter(Units.mm(1)));
            composer.add(Block.paragraph(indonesian.get("visit.letter.number", letter.letterNumber()), BODY).centered());
            composer.spacer(Units.mm(6));
            composer.alignedRows(rows(letter), COLUMN_GAP, ROW_GAP);
            composer.spacer(Units.mm(10));
            composer.keepTogetherWithPrevious(signature(letter), 2);
            composer.finish();
            document.save(out);
        }
    }

    private String both(String key, Object... args) {
        return indonesian.get(key, args) + " / " + english.get(key, args);
    }

    private void describe(PDDocument document, IntroductionLetter letter) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(indonesian.get("visit.letter.title") + " " + letter.holderName());
        info.setAuthor(letter.homeLibraryName());
        info.setCreator("Jalin");
    }

    private List<AlignedRow> rows(IntroductionLetter letter) {
        List<AlignedRow> rows = new ArrayList<>();
        rows.add(row(m -> List.of(Block.paragraph(m.get("visit.letter.to", letter.hostLibraryName()), BODY))));
        rows.add(row(m -> List.of(Block.paragraph(m.get("visit.letter.subject"), STRONG))));
        rows.add(row(m -> List.of(Block.paragraph(m.get("visit.letter.opening", letter.homeLibraryName()), BODY))));
        rows.add(row(m -> List.of(Block.paragraph(details(m, letter), BODY))));
        rows.add(row(m -> List.of(Block.paragraph(m.get("visit.letter.card", letter.forumName()), BODY))));
        rows.add(row(m -> List.of(Block.paragraph(m.get("visit.letter.closing"), BODY))));
        return rows;
    }

    private AlignedRow row(java.util.function.Function<Messages, List<Block>> cell) {
        return AlignedRow.of(cell.apply(indonesian), cell.apply(english));
    }

    /** The holder's particulars, one a line, as a label and its value. */
    private static String details(Messages m, IntroductionLetter letter) {
        String visit = letter.isOneDay() ? m.date(letter.visitFrom())
                : m.get("visit.letter.dateRange", m.date(letter.visitFrom()), m.date(letter.visitUntil()));
        String purpose = m.language() == Language.ENGLISH && !letter.purposeEn().isBlank()
                ? letter.purposeEn() : letter.purposeId();
        List<String> lines = new ArrayList<>();
        lines.add(m.get("visit.letter.name") + ": " + letter.holderName());
        lines.add(m.get("visit.letter.cardNumber") + ": " + letter.cardNumber());
        if (!letter.programme().isBlank()) {
            lines.add(m.get("visit.letter.programme") + ": " + letter.programme());
        }
        lines.add(m.get("visit.letter.visitDate") + ": " + visit);
        if (!purpose.isBlank()) {
            lines.add(m.get("visit.letter.purpose") + ": " + purpose);
        }
        return String.join("\n", lines);
    }

    /** Place and date in both languages, then room to sign, the name and the position, on the right half. */
    private List<Block> signature(IntroductionLetter letter) {
        String signedAt = indonesian.get("visit.letter.signedAt", letter.place(), indonesian.date(letter.date()))
                + "\n" + english.get("visit.letter.signedAt", letter.place(), english.date(letter.date()));
        List<Block> right = List.of(
                Block.paragraph(signedAt, BODY).centered(),
                Block.paragraph(letter.signatoryPosition(), BODY).centered(),
                Block.spacer(Units.mm(22)),
                Block.paragraph(letter.signatoryName(), STRONG).centered());
        return List.of(Block.sideBySide(COLUMN_GAP, List.of(List.of(Block.spacer(1)), right)));
    }
}
