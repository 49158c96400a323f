package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.Units;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Cards on A4 sheets for an office printer: ten fronts with crop marks, then a page with the ten matching backs
 * placed for long-edge duplex (see {@link SheetLayout}), then the next pair of pages. The printer corrections of
 * {@link CardSheetSettings} move the fronts and the backs separately.
 */
public final class CardSheetPdf {
    private final CardForum forum;

    public CardSheetPdf(CardForum forum) {
        this.forum = forum;
    }

    /**
     * Writes the cards in order, ten to a sheet; reports after each card and stops with a
     * {@link id.jalin.kernel.task.CancelledException} when the user cancels.
     */
    public void write(List<CardFace> cards, CardSheetSettings settings, OutputStream out, Progress progress)
            throws IOException {
        CardWords words = new CardWords();
        CardFrontPainter front = new CardFrontPainter(forum, words);
        CardBackPainter back = new CardBackPainter(forum, words);
        SheetLayout layout = new SheetLayout(settings);
        try (PDDocument document = new PDDocument()) {
            CardDocuments.describe(document, forum, words.both("card.print.title"));
            DocumentResources resources = DocumentResources.embedIn(document);
            int done = 0;
            for (int first = 0; first < cards.size(); first += SheetLayout.CARDS_PER_SHEET) {
                List<CardFace> sheet = cards.subList(first, Math.min(cards.size(), first + SheetLayout.CARDS_PER_SHEET));
                try (PageCanvas canvas = PageCanvas.onNewPage(resources, SheetLayout.PAGE)) {
                    for (int i = 0; i < sheet.size(); i++) {
                        progress.checkCancelled();
                        Box box = layout.frontBox(SheetLayout.slot(i));
                        cropMarks(canvas, box);
                        front.paint(canvas, sheet.get(i), box);
                        progress.update(++done, cards.size());
                    }
                }
                try (PageCanvas canvas = PageCanvas.onNewPage(resources, SheetLayout.PAGE)) {
                    for (int i = 0; i < sheet.size(); i++) {
                        Box box = layout.backBox(SheetLayout.slot(i));
                        cropMarks(canvas, box);
                        back.paint(canvas, box);
                    }
                }
            }
            document.save(out);
        }
    }

    private static void cropMarks(PageCanvas canvas, Box card) throws IOException {
        canvas.cropMarks(card, Units.mm(SheetLayout.MARK_LENGTH_MM), Units.mm(SheetLayout.MARK_GAP_MM),
                SheetLayout.printable());
    }
}
