package id.jalin.kernel.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. A line break in the text starts a new line, a blank line stays blank,
 * and a word longer than the width (a URL, an account number) is broken between characters rather than overflowing.
 */
public final class TextWrapper {
    private final PdfFonts fonts;

    public TextWrapper(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Printable lines, each no wider than {@code width}; at least one line, possibly empty. */
    public List<String> wrap(String text, TextStyle style, float width) {
        String printable = fonts.printable(text.replace("\r\n", "\n").replace('\r', '\n'), style.role());
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), style, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, TextStyle style, float width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        float spaceWidth = fonts.width(" ", style);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = fonts.width(word, style);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                List<String> pieces = breakWord(word, style, width);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                line.append(pieces.get(pieces.size() - 1));
                lineWidth = fonts.width(line.toString(), style);
            }
        }
        lines.add(line.toString());
    }

    private List<String> breakWord(String word, TextStyle style, float width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(cp -> {
            String candidate = piece + new String(Character.toChars(cp));
            // a single glyph wider than the width still goes somewhere, or the loop would never end
            if (piece.length() > 0 && fonts.width(candidate, style) > width) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
        });
        pieces.add(piece.toString());
        return pieces;
    }
}
