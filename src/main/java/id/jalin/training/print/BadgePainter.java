package id.jalin.training.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.BarcodePainter;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.Code128Barcode;
import id.jalin.kernel.pdf.LetterheadData;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.awt.Color;
import java.io.IOException;

/**
 * Draws one badge into a box: the A6 badge (portrait) or the ID-1 one (landscape). The role is a coloured band
 * with white words, so the door staff tell speakers and committee from participants at a glance; the name is the
 * largest thing on it and is fitted, never cut; the Code 128 of the badge code sits at the foot with the code in
 * plain characters under it, for the door scanner or for typing when a scanner fails.
 */
final class BadgePainter {
    private static final Color PARTICIPANT = CertificatePainter.ACCENT;
    private static final Color SPEAKER = new Color(0x8B, 0x1E, 0x1E);
    private static final Color COMMITTEE = new Color(0x1E, 0x6B, 0x3A);

    private final LetterheadData forum;
    private final Words indonesian = Words.indonesian();
    private final Words english = Words.english();

    BadgePainter(LetterheadData forum) {
        this.forum = forum;
    }

    static Color colour(TrainingRole role) {
        return switch (role) {
            case PARTICIPANT -> PARTICIPANT;
            case SPEAKER -> SPEAKER;
            case COMMITTEE -> COMMITTEE;
        };
    }

    /** A6 portrait, 105 x 148 mm; everything stays 7 mm inside the edges, clear of an office printer's margin. */
    FitText.Fitted paintA6(PageCanvas canvas, Badge badge, Box tile) throws IOException {
        double inset = 7;
        double width = Units.toMm(tile.width()) - 2 * inset;
        if (forum.hasLogo()) {
            canvas.image(forum.logo(), at(tile, inset, 130, 12, 12), Alignment.LEFT);
            Boxes.text(canvas, forum.name(), TextStyle.bold(9), 6.5f, at(tile, inset + 14, 130, width - 14, 12),
                    Alignment.LEFT);
        } else {
            Boxes.centred(canvas, forum.name(), TextStyle.bold(9), 6.5f, at(tile, inset, 130, width, 12));
        }
        float ruleY = tile.y() + Units.mm(127.5);
        canvas.line(tile.x() + Units.mm(inset), ruleY, tile.x() + Units.mm(inset + width), ruleY, 0.6f,
                colour(badge.role()));
        Boxes.centred(canvas, badge.eventTitle(), TextStyle.bold(11).withLeading(13), 8.5f,
                at(tile, inset, 111, width, 15.5));
        Boxes.centred(canvas, indonesian.days(badge.firstDay(), badge.lastDay()), TextStyle.regular(8.5f), 7,
                at(tile, inset, 106, width, 4.5));
        FitText.Fitted name = Boxes.centred(canvas, badge.name(), TextStyle.bold(24).withLeading(27), 16,
                at(tile, inset, 77, width, 27));
        Boxes.centred(canvas, badge.institution(), TextStyle.regular(11), 8, at(tile, inset, 63, width, 13));
        Box band = at(tile, inset, 47, width, 13);
        canvas.fill(band, colour(badge.role()));
        Boxes.centred(canvas, indonesian.role(badge.role()).toUpperCase(java.util.Locale.ROOT),
                TextStyle.bold(16).withColor(Color.WHITE), 10, at(tile, inset + 2, 52.5, width - 4, 6.5));
        Boxes.centred(canvas, english.role(badge.role()), TextStyle.oblique(9).withColor(Color.WHITE), 7,
                at(tile, inset + 2, 48.5, width - 4, 4));
        barcode(canvas, badge, at(tile, inset, 23, width, 16), at(tile, inset, 17, width, 5), 10);
        return name;
    }

    /** ID-1 landscape, 85.6 x 54 mm: a card printer prints to the edge, so the band may bleed. */
    FitText.Fitted paintId1(PageCanvas canvas, Badge badge, Box card) throws IOException {
        double inset = 3.5;
        double width = Units.toMm(card.width()) - 2 * inset;
        Box band = at(card, 0, 44, Units.toMm(card.width()), Units.toMm(card.height()) - 44);
        canvas.fill(band, colour(badge.role()));
        Boxes.centred(canvas, badge.eventTitle(), TextStyle.bold(7.5f).withColor(Color.WHITE).withLeading(8.5f), 6,
                at(card, inset, 45, width, 8));
        FitText.Fitted name = Boxes.centred(canvas, badge.name(), TextStyle.bold(13).withLeading(14.5f), 9.5f,
                at(card, inset, 30.5, width, 12.5));
        Boxes.centred(canvas, badge.institution(), TextStyle.regular(7.5f), 6, at(card, inset, 24.5, width, 5.5));
        TextStyle role = TextStyle.bold(7).withColor(colour(badge.role()));
        Boxes.text(canvas, indonesian.role(badge.role()).toUpperCase(java.util.Locale.ROOT) + " / "
                + english.role(badge.role()), role, 5.5f, at(card, inset, 20, width * 0.55, 4), Alignment.LEFT);
        Boxes.text(canvas, indonesian.days(badge.firstDay(), badge.lastDay()), TextStyle.regular(6.5f), 5,
                at(card, inset + width * 0.55, 20, width * 0.45, 4), Alignment.RIGHT);
        barcode(canvas, badge, at(card, inset, 7.5, width, 11), at(card, inset, 3, width, 4), 7);
        return name;
    }

    private static void barcode(PageCanvas canvas, Badge badge, Box bars, Box caption, float captionSize)
            throws IOException {
        BarcodePainter.draw(canvas, Code128Barcode.of(badge.code()), bars);
        Boxes.centred(canvas, badge.code(), TextStyle.regular(captionSize), 5, caption);
    }

    /** A box given in millimetres from the bottom-left corner of {@code area}. */
    private static Box at(Box area, double xMm, double yMm, double widthMm, double heightMm) {
        return new Box(area.x() + Units.mm(xMm), area.y() + Units.mm(yMm), Units.mm(widthMm), Units.mm(heightMm));
    }
}
