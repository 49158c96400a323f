package id.jalin.kernel.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The document font (DejaVu Sans) embedded once in one PDF, with the measurements layout needs.
 * Embedding a subset keeps a one-page letter small while still covering Turkish, Dutch or Javanese names.
 */
public final class PdfFonts {
    private static final char REPLACEMENT = '?';

    private final Map<FontRole, PDFont> fonts;
    private final Map<FontRole, Map<Integer, Boolean>> glyphKnown = new EnumMap<>(FontRole.class);

    private PdfFonts(Map<FontRole, PDFont> fonts) {
        this.fonts = fonts;
    }

    /** Embeds every face in {@code document}; call once per document and share the result. */
    public static PdfFonts embedIn(PDDocument document) throws IOException {
        Map<FontRole, PDFont> fonts = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            try (InputStream in = new ByteArrayInputStream(FontFiles.bytes(role))) {
                fonts.put(role, PDType0Font.load(document, in, true));
            }
        }
        return new PdfFonts(fonts);
    }

    public PDFont font(FontRole role) {
        return fonts.get(role);
    }

    /** Width of one line of already {@linkplain #printable printable} text. */
    public float width(String text, TextStyle style) {
        try {
            return font(style.role()).getStringWidth(text) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Height above the baseline that the tallest glyphs reach. */
    public float ascent(TextStyle style) {
        return font(style.role()).getFontDescriptor().getAscent() / 1000f * style.size();
    }

    /** Depth below the baseline that descenders reach, as a positive number. */
    public float descent(TextStyle style) {
        return Math.abs(font(style.role()).getFontDescriptor().getDescent()) / 1000f * style.size();
    }

    /**
     * The text with tabs turned into spaces, control characters dropped and characters the face has no glyph for
     * replaced by '?', because PDFBox throws on a missing glyph and a contract must print even with an odd name.
     * Line breaks are kept for the wrapper to act on.
     */
    public String printable(String text, FontRole role) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // invisible; nothing to print
            } else if (hasGlyph(role, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(FontRole role, int codePoint) {
        return glyphKnown.computeIfAbsent(role, r -> new HashMap<>())
                .computeIfAbsent(codePoint, cp -> canEncode(font(role), cp));
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The font files, read once per JVM; the bytes never leave this class, so the cache stays immutable. */
    private static final class FontFiles {
        private static final Map<FontRole, byte[]> BYTES = readAll();

        static byte[] bytes(FontRole role) {
            return BYTES.get(role);
        }

        private static Map<FontRole, byte[]> readAll() {
            Map<FontRole, byte[]> bytes = new EnumMap<>(FontRole.class);
            for (FontRole role : FontRole.values()) {
                try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(role.resource())) {
                    if (in == null) {
                        throw new IllegalStateException("Font resource missing: " + role.resource());
                    }
                    bytes.put(role, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Map.copyOf(bytes);
        }
    }
}
