package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.PageSize;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Cards for a card printer: every page is one CR80 (ID-1) card side, the front of a card followed by its back, so
 * the printer's duplex module prints page pairs onto one blank card.
 */
public final class CardPrinterPdf {
    private final CardForum forum;

    public CardPrinterPdf(CardForum forum) {
        this.forum = forum;
    }

    /**
     * Writes the cards in order; reports after each card and stops with a
     * {@link id.jalin.kernel.task.CancelledException} when the user cancels.
     */
    public void write(List<CardFace> cards, OutputStream out, Progress progress) throws IOException {
        write(cards.iterator(), cards.size(), out, progress);
    }

    /** As {@link #write(List, OutputStream, Progress)}, taking the cards one at a time; {@code count} for progress. */
    public void write(Iterator<CardFace> cards, int count, OutputStream out, Progress progress) throws IOException {
        CardWords words = new CardWords();
        CardFrontPainter front = new CardFrontPainter(forum, words);
        CardBackPainter back = new CardBackPainter(forum, words);
        PageSize size = CardGeometry.CARD;
        // photos and page content go to a temporary file, not the heap: a batch may hold thousands of photos
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            CardDocuments.describe(document, forum, words.both("card.print.title"));
            DocumentResources resources = DocumentResources.embedIn(document);
            int done = 0;
            while (cards.hasNext()) {
                CardFace card = cards.next();
                progress.checkCancelled();
                try (PageCanvas canvas = PageCanvas.onNewPage(resources, size)) {
                    front.paint(canvas, card, CardGeometry.cardAt(0, 0));
                }
                try (PageCanvas canvas = PageCanvas.onNewPage(resources, size)) {
                    back.paint(canvas, CardGeometry.cardAt(0, 0));
                }
                progress.update(++done, Math.max(count, done));
            }
            document.save(out);
        }
    }
}
