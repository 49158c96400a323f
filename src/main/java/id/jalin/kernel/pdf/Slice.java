package id.jalin.kernel.pdf;

import java.io.IOException;

/**
 * The unit of page breaking: a horizontal strip of fixed height (one line of a paragraph, a rule, an image).
 * A page may break between any two slices unless the first asks to be kept with the next.
 */
public interface Slice {
    float height();

    /** Draws the strip with its top edge at {@code top}, inside {@code width} starting at {@code x}. */
    void draw(PageCanvas canvas, float x, float top, float width) throws IOException;

    /** Vertical space that means nothing at the top of a page and is dropped there. */
    default boolean isGap() {
        return false;
    }

    /** A heading or a line that must not end a page on its own. */
    default boolean keepWithNext() {
        return false;
    }
}
