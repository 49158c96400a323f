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
    private static final float MAX_JUSTIFIED_SPACE = 2f;
    /** The most air a justified line puts between letters, in em: more shows, and text extraction reads it as spaces. */
    private static final float MAX_TRACKING = 0.04f;
    /** A crop mark shortened to less than this share of its length no longer shows a cut line clearly. */
    private static final float MIN_MARK_SHARE = 0.5f;

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
        text(text, style, x, baseline, 0);
    }

    /** As {@link #text(String, TextStyle, float, float)} with {@code tracking} points added after every glyph. */
    private void text(String text, TextStyle style, float x, float baseline, float tracking) throws IOException {
        String printable = resources.fonts().printable(text, style.role()).replace('\n', ' ');
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(resources.fonts().font(style.role()), style.size());
        stream.setNonStrokingColor(style.color());
        if (tracking != 0) {
            stream.setCharacterSpacing(tracking);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        if (tracking != 0) {
            // character spacing outlives the text object; later text must not inherit it
            stream.setCharacterSpacing(0);
        }
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
     * Like {@link #lineInSlot} but with the line filling {@code width}, flush on both edges. The words are drawn one
     * by one because PDF word spacing (Tw) does not apply to the two-byte encoding an embedded Unicode font uses.
     * Word spaces stretch up to {@link #MAX_JUSTIFIED_SPACE} normal spaces; what a narrow column still leaves over is
     * spread a little between the letters (Tc) and then over the spaces again, so no line of a justified paragraph
     * falls back to ragged among flush ones. A lone word that cannot fill the line stays at the left.
     */
    public void justifiedLineInSlot(String text, TextStyle style, float x, float top, float width) throws IOException {
        PdfFonts fonts = resources.fonts();
        String[] words = fonts.printable(text, style.role()).strip().split(" +");
        float wordsWidth = 0;
        int letterGaps = 0;
        for (String word : words) {
            wordsWidth += fonts.width(word, style);
            letterGaps += Math.max(0, word.codePointCount(0, word.length()) - 1);
        }
        int wordGaps = words.length - 1;
        float slack = width - wordsWidth;
        if (slack <= 0 || (wordGaps == 0 && letterGaps == 0)) {
            lineInSlot(text, style, Alignment.LEFT, x, top, width);
            return;
        }
        float maxGap = MAX_JUSTIFIED_SPACE * fonts.width(" ", style);
        float gap = wordGaps == 0 ? 0 : slack / wordGaps;
        float tracking = 0;
        if (wordGaps == 0 || gap > maxGap) {
            // a little air between the letters takes what the word spaces should not; the rest still goes to the
            // spaces, as a loose line among flush ones reads better than a ragged one
            tracking = letterGaps == 0 ? 0
                    : Math.min(MAX_TRACKING * style.size(), (slack - Math.min(gap, maxGap) * wordGaps) / letterGaps);
            gap = wordGaps == 0 ? 0 : (slack - tracking * letterGaps) / wordGaps;
        }
        float ascent = fonts.ascent(style);
        float glyphHeight = ascent + fonts.descent(style);
        float baseline = top - Math.max(0, (style.leading() - glyphHeight) / 2) - ascent;
        float wordX = x;
        for (String word : words) {
            text(word, style, wordX, baseline, tracking);
            wordX += fonts.width(word, style) + tracking * Math.max(0, word.codePointCount(0, word.length()) - 1) + gap;
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

    /** A frame drawn in short dashes, for a place left empty on purpose (a duty stamp, a photo). */
    public void dashedRectangle(Box box, float thickness, Color color) throws IOException {
        stream.saveGraphicsState();
        stream.setLineDashPattern(new float[] {3, 2}, 0);
        rectangle(box, thickness, color);
        stream.restoreGraphicsState();
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
        cropMarks(trim, length, gap, new Box(-Float.MAX_VALUE / 4, -Float.MAX_VALUE / 4, Float.MAX_VALUE / 2,
                Float.MAX_VALUE / 2));
    }

    /**
     * Crop marks kept inside {@code printable} (the page less the margin printers cannot reach): a mark is shortened
     * to end there, and left out when too little of it would remain to guide a cut. The same cut line is still shown
     * by the marks of the neighbouring card or by the mark on the other side of the corner.
     */
    public void cropMarks(Box trim, float length, float gap, Box printable) throws IOException {
        float[] xs = {trim.x(), trim.right()};
        float[] ys = {trim.y(), trim.top()};
        for (float x : xs) {
            for (float y : ys) {
                float outX = x == trim.x() ? -1 : 1;
                float outY = y == trim.y() ? -1 : 1;
                markWithin(x + outX * gap, y, x + outX * (gap + length), y, length, printable);
                markWithin(x, y + outY * gap, x, y + outY * (gap + length), length, printable);
            }
        }
    }

    private void markWithin(float x1, float y1, float x2, float y2, float length, Box printable) throws IOException {
        float left = Math.max(Math.min(x1, x2), printable.x());
        float right = Math.min(Math.max(x1, x2), printable.right());
        float bottom = Math.max(Math.min(y1, y2), printable.y());
        float top = Math.min(Math.max(y1, y2), printable.top());
        if (left > right || bottom > top || Math.max(right - left, top - bottom) < length * MIN_MARK_SHARE) {
            return;
        }
        // keep the end next to the trim where it was, so the mark still points at the cut
        float fromX = x1 < x2 ? left : right;
        float toX = x1 < x2 ? right : left;
        float fromY = y1 < y2 ? bottom : top;
        float toY = y1 < y2 ? top : bottom;
        line(fromX, fromY, toX, toY, 0.25f, Color.BLACK);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
