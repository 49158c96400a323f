package id.jalin.training.print;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.LetterheadData;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.PageSize;
import id.jalin.kernel.task.Progress;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Badges for an event's participants. A6 badges come four to an A4 sheet (see {@link BadgeSize#A6_FOUR_ON_A4}),
 * with dashed cut lines through the middle of the sheet; ID-1 badges come one a page for the card printer.
 */
public final class BadgePdf {
    static final PageSize A6 = PageSize.ofMm(105, 148.5);
    private static final Color CUT_LINE = new Color(0xA0, 0xA0, 0xA0);

    private final LetterheadData forum;

    public BadgePdf(LetterheadData forum) {
        this.forum = forum;
    }

    /**
     * Writes the badges in order; reports after each badge and stops with a
     * {@link id.jalin.kernel.task.CancelledException} when the user cancels. A badge code too long for Code 128 at
     * a readable size on the badge is refused with {@link id.jalin.kernel.pdf.BarcodeDoesNotFitException}.
     */
    public void write(List<Badge> badges, BadgeSize size, OutputStream out, Progress progress) throws IOException {
        if (badges.isEmpty()) {
            throw new IllegalArgumentException("No badges to print");
        }
        BadgePainter painter = new BadgePainter(forum);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(Words.indonesian().get("training.print.badge.title") + " " + badges.get(0).eventTitle());
            info.setAuthor(forum.name());
            info.setCreator("Jalin");
            DocumentResources resources = DocumentResources.embedIn(document);
            if (size == BadgeSize.ID_1) {
                writeCards(badges, resources, painter, progress);
            } else {
                writeSheets(badges, resources, painter, progress);
            }
            progress.checkCancelled();
            document.save(out);
        }
    }

    private static void writeCards(List<Badge> badges, DocumentResources resources, BadgePainter painter,
                                   Progress progress) throws IOException {
        int done = 0;
        for (Badge badge : badges) {
            progress.checkCancelled();
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, PageSize.ID_1)) {
                painter.paintId1(canvas, badge, new Box(0, 0, PageSize.ID_1.width(), PageSize.ID_1.height()));
            }
            progress.update(++done, badges.size());
        }
    }

    private static void writeSheets(List<Badge> badges, DocumentResources resources, BadgePainter painter,
                                    Progress progress) throws IOException {
        int done = 0;
        for (int first = 0; first < badges.size(); first += 4) {
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, PageSize.A4)) {
                cutLines(canvas);
                for (int i = first; i < Math.min(first + 4, badges.size()); i++) {
                    progress.checkCancelled();
                    painter.paintA6(canvas, badges.get(i), tile(i - first));
                    progress.update(++done, badges.size());
                }
            }
        }
    }

    /** Slot 0 top left, 1 top right, 2 bottom left, 3 bottom right: the order people read the sheet in. */
    static Box tile(int slot) {
        float x = slot % 2 == 0 ? 0 : A6.width();
        float y = slot < 2 ? A6.height() : 0;
        return new Box(x, y, A6.width(), A6.height());
    }

    private static void cutLines(PageCanvas canvas) throws IOException {
        float middleX = A6.width();
        float middleY = A6.height();
        canvas.dashedRectangle(new Box(middleX, -1, 0, PageSize.A4.height() + 2), 0.3f, CUT_LINE);
        canvas.dashedRectangle(new Box(-1, middleY, PageSize.A4.width() + 2, 0), 0.3f, CUT_LINE);
    }
}
