package id.jalin.kernel.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. A line break in the text starts a new line, a blank line stays blank,
 * a word may break after a hyphen inside it, and a word longer than the width (a URL, an account number) is broken
 * between characters rather than overflowing.
 */
public final class TextWrapper {
    private final PdfFonts fonts;

    public TextWrapper(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Printable lines, each no wider than {@code width}; at least one line, possibly empty. */
    public List<String> wrap(String text, TextStyle style, float width) {
        return wrapParagraphs(text, style, width).stream().flatMap(List::stream).toList();
    }

    /**
     * Lines for centred text such as a heading or a letterhead: as few as {@link #wrap} gives, but made as even as
     * possible (the narrowest width that needs no more lines), so the last line is not a lone word under a full one.
     */
    public List<String> wrapBalanced(String text, TextStyle style, float width) {
        List<String> lines = wrap(text, style, width);
        if (lines.size() < 2) {
            return lines;
        }
        float low = 0;
        float high = width;
        List<String> best = lines;
        // the widths that keep the line count form one interval; half it until a point is left
        for (int step = 0; step < 20 && high - low > 0.5f; step++) {
            float middle = (low + high) / 2;
            List<String> tried = wrap(text, style, middle);
            if (tried.size() <= lines.size() && tried.stream().allMatch(l -> fonts.width(l, style) <= middle + 0.01f)) {
                high = middle;
                best = tried;
            } else {
                low = middle;
            }
        }
        return best;
    }

    /** Whether a line of several holds a single word, which reads as a leftover in centred text. */
    public static boolean leavesLoneWord(List<String> lines) {
        return lines.size() > 1 && lines.stream().anyMatch(line -> !line.isBlank() && !line.strip().contains(" "));
    }

    /** The same lines grouped by the paragraphs (line breaks) of the text, for layout that treats a paragraph's
     * last line differently (justification, widows). */
    public List<List<String>> wrapParagraphs(String text, TextStyle style, float width) {
        String printable = fonts.printable(text.replace("\r\n", "\n").replace('\r', '\n'), style.role());
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : printable.split("\n", -1)) {
            List<String> lines = new ArrayList<>();
            wrapParagraph(paragraph.strip(), style, width, lines);
            paragraphs.add(lines);
        }
        return paragraphs;
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
                // Indonesian doubles words with a hyphen (masing-masing, perundang-undangan); breaking there keeps
                // justified lines from gaping
                int hyphen = fittingHyphen(word, style, width - lineWidth - spaceWidth);
                if (hyphen > 0) {
                    line.append(' ').append(word, 0, hyphen + 1);
                    word = word.substring(hyphen + 1);
                    wordWidth = fonts.width(word, style);
                }
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

    /** The last hyphen inside {@code word} whose head (hyphen included) fits in {@code room}, or -1. */
    private int fittingHyphen(String word, TextStyle style, float room) {
        for (int h = word.lastIndexOf('-', word.length() - 2); h > 0; h = word.lastIndexOf('-', h - 1)) {
            if (fonts.width(word.substring(0, h + 1), style) <= room) {
                return h;
            }
        }
        return -1;
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
