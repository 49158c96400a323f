package id.jalin.kernel.pdf;

import java.awt.Color;

/** How a run of text looks: face, size and the distance between baselines, all in points. */
public record TextStyle(FontRole role, float size, float leading, Color color) {
    /** Line spacing for body text: DejaVu's glyphs span 1.16 em, so 1.35 em leaves air between lines. */
    public static final float DEFAULT_LEADING_FACTOR = 1.35f;

    public TextStyle {
        if (size <= 0 || leading <= 0) {
            throw new IllegalArgumentException("Size and leading must be positive");
        }
    }

    public static TextStyle of(FontRole role, float size) {
        return new TextStyle(role, size, size * DEFAULT_LEADING_FACTOR, Color.BLACK);
    }

    public static TextStyle regular(float size) {
        return of(FontRole.REGULAR, size);
    }

    public static TextStyle bold(float size) {
        return of(FontRole.BOLD, size);
    }

    public static TextStyle oblique(float size) {
        return of(FontRole.OBLIQUE, size);
    }

    /** The same style at another size, with the leading scaled in proportion. */
    public TextStyle withSize(float newSize) {
        return new TextStyle(role, newSize, leading * newSize / size, color);
    }

    public TextStyle withLeading(float newLeading) {
        return new TextStyle(role, size, newLeading, color);
    }

    public TextStyle withColor(Color newColor) {
        return new TextStyle(role, size, leading, newColor);
    }
}
