package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PageSize;
import id.jalin.kernel.pdf.Units;

/**
 * Millimetre positions on an ID-1 card, measured from its bottom-left corner, turned into page boxes for a card
 * placed anywhere on a page. Everything printed stays {@link #SAFE_MM} inside the edge, where a card printer's
 * registration error or a slightly off cut cannot reach it; only colour bands run to the edge.
 */
final class CardGeometry {
    static final double WIDTH_MM = 85.60;
    static final double HEIGHT_MM = 53.98;
    static final double SAFE_MM = 3;
    /**
     * How far a coloured band runs past the card's edge, so a cut a little off never leaves a white sliver; less
     * than the crop marks' gap, so colour never touches a mark. A card printer's page ends at the edge anyway.
     */
    static final double BLEED_MM = 1;
    static final PageSize CARD = PageSize.ID_1;

    private final Box card;

    CardGeometry(Box card) {
        this.card = card;
    }

    static Box cardAt(float x, float y) {
        return new Box(x, y, CARD.width(), CARD.height());
    }

    Box card() {
        return card;
    }

    /** A box {@code x, y} mm from the card's bottom-left corner. */
    Box box(double x, double y, double width, double height) {
        return new Box(card.x() + Units.mm(x), card.y() + Units.mm(y), Units.mm(width), Units.mm(height));
    }

    /** A band reaching the card's top edge and both sides, widened by the bleed on those three sides. */
    Box bandWithBleed(double bottom) {
        return box(-BLEED_MM, bottom, WIDTH_MM + 2 * BLEED_MM, HEIGHT_MM - bottom + BLEED_MM);
    }

    /** The area inside the safe margin. */
    Box safe() {
        return box(SAFE_MM, SAFE_MM, WIDTH_MM - 2 * SAFE_MM, HEIGHT_MM - 2 * SAFE_MM);
    }
}
