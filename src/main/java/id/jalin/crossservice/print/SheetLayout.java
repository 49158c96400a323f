package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PageSize;
import id.jalin.kernel.pdf.Units;

/**
 * Where the ten cards of an A4 sheet go: two columns by five rows, centred on the page with a small gap between
 * cards. Backs are printed on the reverse of the same sheet, turned over its long edge, so the back of the card in
 * column 0 lands in column 1 of the back page; the rows stay where they are.
 */
public final class SheetLayout {
    public static final int COLUMNS = 2;
    public static final int ROWS = 5;
    public static final int CARDS_PER_SHEET = COLUMNS * ROWS;
    public static final PageSize PAGE = PageSize.A4;
    /** Wide enough for crop marks between the columns without them touching the neighbour. */
    public static final double COLUMN_GAP_MM = 8;
    /** As much as five rows leave of A4 with about 5.5 mm top and bottom, which most printers can reach. */
    public static final double ROW_GAP_MM = 4;
    /** Clear of the coloured band's bleed, so a mark never touches colour. */
    public static final double MARK_GAP_MM = 1.5;
    public static final double MARK_LENGTH_MM = 2.5;
    /** Most office printers cannot print closer than this to the paper's edge; crop marks stay inside it. */
    public static final double UNPRINTABLE_MM = 5;

    private final CardSheetSettings settings;

    public SheetLayout(CardSheetSettings settings) {
        this.settings = settings;
    }

    public CardSheetSettings settings() {
        return settings;
    }

    /** Slot of the {@code index}th card on a sheet (0-9) as its front is read: left to right, top to bottom. */
    public static Slot slot(int index) {
        if (index < 0 || index >= CARDS_PER_SHEET) {
            throw new IllegalArgumentException("A sheet holds cards 0 to " + (CARDS_PER_SHEET - 1) + ": " + index);
        }
        return new Slot(index % COLUMNS, index / COLUMNS);
    }

    /** Where the back of the card whose front is in {@code front} is printed on the back page. */
    public static Slot backSlot(Slot front) {
        return new Slot(COLUMNS - 1 - front.column(), front.row());
    }

    /** The card's place on the front page when the printer is exact. */
    public static Box nominalBox(Slot slot) {
        float width = CardGeometry.CARD.width();
        float height = CardGeometry.CARD.height();
        float gapX = Units.mm(COLUMN_GAP_MM);
        float gapY = Units.mm(ROW_GAP_MM);
        float gridWidth = COLUMNS * width + (COLUMNS - 1) * gapX;
        float gridHeight = ROWS * height + (ROWS - 1) * gapY;
        float left = (PAGE.width() - gridWidth) / 2;
        float top = (PAGE.height() + gridHeight) / 2;
        return new Box(left + slot.column() * (width + gapX), top - (slot.row() + 1) * height - slot.row() * gapY,
                width, height);
    }

    /** The part of the page a printer reaches: crop marks go only here. */
    public static Box printable() {
        float margin = Units.mm(UNPRINTABLE_MM);
        return new Box(margin, margin, PAGE.width() - 2 * margin, PAGE.height() - 2 * margin);
    }

    /** Where the front of the card in {@code slot} is printed, with the front correction applied. */
    public Box frontBox(Slot slot) {
        return shifted(nominalBox(slot), settings.frontOffsetXmm(), settings.frontOffsetYmm());
    }

    /**
     * Where the back of the card whose front is in {@code frontSlot} is printed: the front's nominal box mirrored
     * around the page's vertical centre line (which is the box of the swapped column), then the back correction.
     */
    public Box backBox(Slot frontSlot) {
        Box front = nominalBox(frontSlot);
        Box mirrored = new Box(PAGE.width() - front.right(), front.y(), front.width(), front.height());
        return shifted(mirrored, settings.backOffsetXmm(), settings.backOffsetYmm());
    }

    private static Box shifted(Box box, double rightMm, double downMm) {
        return new Box(box.x() + Units.mm(rightMm), box.y() - Units.mm(downMm), box.width(), box.height());
    }

    /** A card position on a sheet; row 0 is at the top. */
    public record Slot(int column, int row) {
        public Slot {
            if (column < 0 || column >= COLUMNS || row < 0 || row >= ROWS) {
                throw new IllegalArgumentException("No such slot: " + column + ", " + row);
            }
        }
    }
}
