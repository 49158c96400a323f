package id.jalin.kernel.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws at fixed positions on one page: text on a baseline or fitted into a box, images scaled into a box, lines,
 * frames and crop marks. Knows nothing of page flow; cards and certificates use it directly, flowing documents
 * through {@link DocumentComposer}. Close it to finish the page's content.
 */
public final class PageCanvas implements AutoCloseable {
    /** The widest a justified word space may stretch, in normal spaces. */
    private static final float MAX_JUSTIFIED_SPACE = 3f;

    private final DocumentResources resources;
    private final PDPage page;
    private final PDPageContentStream stream;

    private PageCanvas(DocumentResources resources, PDPage page, PDPageContentStream stream) {
        this.resources = resources;
        this.page = page;
        this.stream = stream;
    }

    /** Adds a blank page of {@code size} to the document and draws on it. */
    public static PageCanvas onNewPage(DocumentResources resources, PageSize size) throws IOException {
        PDPage page = new PDPage(size.toRectangle());
        resources.document().addPage(page);
        return new PageCanvas(resources, page, new PDPageContentStream(resources.document(), page));
    }

    /** Draws over what {@code page} already shows, in a fresh graphics state. */
    public static PageCanvas appendingTo(DocumentResources resources, PDPage page) throws IOException {
        return new PageCanvas(resources, page,
                new PDPageContentStream(resources.document(), page, AppendMode.APPEND, true, true));
    }

    public PDPage page() {
        return page;
    }

    public DocumentResources resources() {
        return resources;
    }

    /** One line of text with its baseline at {@code baseline}; line breaks and missing glyphs are made safe. */
    public void text(String text, TextStyle style, float x, float baseline) throws IOException {
        String printable = resources.fonts().printable(text, style.role()).replace('\n', ' ');
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(resources.fonts().font(style.role()), style.size());
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    /**
     * One line set in a slot {@code style.leading()} tall whose top edge is {@code top}, with the glyphs centred
     * in the slot so that stacked lines keep even spacing and never poke above the slot.
     */
    public void lineInSlot(String text, TextStyle style, Alignment alignment, float x, float top, float width)
            throws IOException {
        PdfFonts fonts = resources.fonts();
        String printable = fonts.printable(text, style.role()).replace('\n', ' ');
        float ascent = fonts.ascent(style);
        float glyphHeight = ascent + fonts.descent(style);
        float baseline = top - Math.max(0, (style.leading() - glyphHeight) / 2) - ascent;
        text(printable, style, alignment.offset(x, width, fonts.width(printable, style)), baseline);
    }

    /**
     * Like {@link #lineInSlot} but with the words spread so the line fills {@code width}. The words are drawn one by
     * one because PDF word spacing (Tw) does not apply to the two-byte encoding an embedded Unicode font uses.
     */
    public void justifiedLineInSlot(String text, TextStyle style, float x, float top, float width) throws IOException {
        PdfFonts fonts = resources.fonts();
        String[] words = fonts.printable(text, style.role()).strip().split(" +");
        if (words.length < 2) {
            lineInSlot(text, style, Alignment.LEFT, x, top, width);
            return;
        }
        float wordsWidth = 0;
        for (String word : words) {
            wordsWidth += fonts.width(word, style);
        }
        float gap = (width - wordsWidth) / (words.length - 1);
        if (gap > MAX_JUSTIFIED_SPACE * fonts.width(" ", style)) {
            // a line with one long word and a short one would gape; ragged reads better than rivers of white
            lineInSlot(text, style, Alignment.LEFT, x, top, width);
            return;
        }
        float wordX = x;
        for (String word : words) {
            lineInSlot(word, style, Alignment.LEFT, wordX, top, width);
            wordX += fonts.width(word, style) + gap;
        }
    }

    /**
     * Text fitted into {@code box} (shrunk to at most {@code minSize}, then wrapped, then cut with an ellipsis).
     * Returns what was drawn, so a caller can tell whether the text had to be cut.
     */
    public FittedText textInBox(String text, Box box, TextStyle style, float minSize,
                                Alignment alignment, VerticalAlignment verticalAlignment) throws IOException {
        FittedText fitted = resources.fitter().fit(text, style, minSize, box.width(), box.height());
        float free = Math.max(0, box.height() - fitted.height());
        float top = switch (verticalAlignment) {
            case TOP -> box.top();
            case MIDDLE -> box.top() - free / 2;
            case BOTTOM -> box.top() - free;
        };
        List<String> lines = fitted.lines();
        for (String line : lines) {
            lineInSlot(line, fitted.style(), alignment, box.x(), top, box.width());
            top -= fitted.style().leading();
        }
        return fitted;
    }

    /** An image scaled to fit {@code box} without distortion, centred vertically and placed by {@code alignment}. */
    public void image(byte[] bytes, Box box, Alignment alignment) throws IOException {
        PDImageXObject image = resources.images().image(bytes);
        float scale = Math.min(box.width() / image.getWidth(), box.height() / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        stream.drawImage(image, alignment.offset(box.x(), box.width(), width), box.y() + (box.height() - height) / 2,
                width, height);
    }

    public void line(float x1, float y1, float x2, float y2, float thickness, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(thickness);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    public void rectangle(Box box, float thickness, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(thickness);
        stream.addRect(box.x(), box.y(), box.width(), box.height());
        stream.stroke();
    }

    /** A solid area, such as a card's coloured band or the bars of a barcode (filled, so no stroke widens them). */
    public void fill(Box box, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(box.x(), box.y(), box.width(), box.height());
        stream.fill();
    }

    /**
     * Hairline marks outside each corner of {@code trim}, {@code gap} away from it and {@code length} long, so a
     * card cut from an A4 sheet can be trimmed on the marks without a line showing on the card.
     */
    public void cropMarks(Box trim, float length, float gap) throws IOException {
        float[] xs = {trim.x(), trim.right()};
        float[] ys = {trim.y(), trim.top()};
        for (float x : xs) {
            for (float y : ys) {
                float outX = x == trim.x() ? -1 : 1;
                float outY = y == trim.y() ? -1 : 1;
                line(x + outX * gap, y, x + outX * (gap + length), y, 0.25f, Color.BLACK);
                line(x, y + outY * gap, x, y + outY * (gap + length), 0.25f, Color.BLACK);
            }
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
