package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.Units;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
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
        write(cards.iterator(), cards.size(), settings, out, progress);
    }

    /**
     * As {@link #write(List, CardSheetSettings, OutputStream, Progress)}, taking the cards one at a time from
     * {@code cards} so only a sheet's photos are in memory at once; {@code count} is for the progress bar.
     */
    public void write(Iterator<CardFace> cards, int count, CardSheetSettings settings, OutputStream out,
                      Progress progress) throws IOException {
        CardWords words = new CardWords();
        CardFrontPainter front = new CardFrontPainter(forum, words);
        CardBackPainter back = new CardBackPainter(forum, words);
        SheetLayout layout = new SheetLayout(settings);
        // photos and page content go to a temporary file, not the heap: a batch may hold thousands of photos
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            CardDocuments.describe(document, forum, words.both("card.print.title"));
            DocumentResources resources = DocumentResources.embedIn(document);
            int done = 0;
            while (cards.hasNext()) {
                List<CardFace> sheet = new ArrayList<>(SheetLayout.CARDS_PER_SHEET);
                while (cards.hasNext() && sheet.size() < SheetLayout.CARDS_PER_SHEET) {
                    sheet.add(cards.next());
                }
                try (PageCanvas canvas = PageCanvas.onNewPage(resources, SheetLayout.PAGE)) {
                    for (int i = 0; i < sheet.size(); i++) {
                        progress.checkCancelled();
                        Box box = layout.frontBox(SheetLayout.slot(i));
                        cropMarks(canvas, box);
                        front.paint(canvas, sheet.get(i), box);
                        progress.update(++done, Math.max(count, done));
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
