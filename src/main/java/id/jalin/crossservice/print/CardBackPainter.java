package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.TextFitter;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.VerticalAlignment;
import java.io.IOException;
import java.util.List;

/**
 * Draws the back of a card: the rules of use in Indonesian (left) and English (right) under a thin band, and where
 * to send a found card. Every card's back is the same, so a sheet of backs can be cut in any order.
 */
final class CardBackPainter {
    private static final double BAND_HEIGHT = 7;
    private static final double COLUMN_GAP = 3;
    private static final double RULES_BOTTOM = 13.5;
    private static final double RETURN_HEIGHT = 9.5;

    private static final TextStyle TITLE = TextStyle.bold(7).withColor(CardColors.ON_BAND);
    private static final TextStyle RULES = TextStyle.regular(5.8f).withLeading(5.8f * 1.2f);
    private static final float RULES_MIN = 4;
    private static final float SIZE_STEP = 0.25f;
    private static final TextStyle RETURN = TextStyle.regular(5.5f).withLeading(5.5f * 1.2f);

    private final CardForum forum;
    private final CardWords words;

    CardBackPainter(CardForum forum, CardWords words) {
        this.forum = forum;
        this.words = words;
    }

    /** The largest size from {@link #RULES} down to {@link #RULES_MIN} at which every text fits {@code box} whole. */
    private static float commonSize(PageCanvas canvas, List<String> texts, Box box) {
        TextFitter fitter = canvas.resources().fitter();
        float size = RULES.size();
        for (; size > RULES_MIN + 0.001f; size -= SIZE_STEP) {
            float tried = size;
            if (texts.stream().noneMatch(text -> fitter.fit(text, RULES.withSize(tried), tried, box.width(),
                    box.height()).truncated())) {
                return size;
            }
        }
        return RULES_MIN;
    }

    void paint(PageCanvas canvas, Box card) throws IOException {
        CardGeometry at = new CardGeometry(card);
        double safe = CardGeometry.SAFE_MM;
        double bandBottom = CardGeometry.HEIGHT_MM - BAND_HEIGHT;
        canvas.fill(at.bandWithBleed(bandBottom), CardColors.BAND);
        BoxText.draw(canvas, words.both("card.print.rules.title"),
                at.box(safe, bandBottom + 0.5, CardGeometry.WIDTH_MM - 2 * safe, CardGeometry.HEIGHT_MM - safe
                        - bandBottom - 0.5), TITLE, 5, Alignment.CENTER, VerticalAlignment.MIDDLE);

        double columnWidth = (CardGeometry.WIDTH_MM - 2 * safe - COLUMN_GAP) / 2;
        double rulesTop = bandBottom - 1.5;
        double rulesHeight = rulesTop - RULES_BOTTOM;
        Box left = at.box(safe, RULES_BOTTOM, columnWidth, rulesHeight);
        Box right = at.box(safe + columnWidth + COLUMN_GAP, RULES_BOTTOM, columnWidth, rulesHeight);
        String indonesian = words.rulesIndonesian(forum.forumName());
        String english = words.rulesEnglish(forum.forumName());
        // both languages at one size, the largest at which the longer of the two still fits, so neither looks minor
        TextStyle rules = RULES.withSize(commonSize(canvas, List.of(indonesian, english), left));
        canvas.textInBox(indonesian, left, rules, rules.size(), Alignment.LEFT, VerticalAlignment.TOP);
        canvas.textInBox(english, right, rules, rules.size(), Alignment.LEFT, VerticalAlignment.TOP);
        Box divider = at.box(safe + columnWidth + COLUMN_GAP / 2, RULES_BOTTOM, 0, rulesHeight);
        canvas.line(divider.x(), divider.y(), divider.x(), divider.top(), 0.3f, CardColors.FRAME);

        Box rule = at.box(safe, RULES_BOTTOM - 0.8, CardGeometry.WIDTH_MM - 2 * safe, 0);
        canvas.line(rule.x(), rule.y(), rule.right(), rule.y(), 0.3f, CardColors.FRAME);
        // one language a line: a wrapped "id / en" line left "card to:" on a line of its own
        String found = words.indonesian("card.print.found") + "\n" + words.english("card.print.found") + "\n"
                + forum.forumName() + (forum.returnAddress().isBlank() ? "" : ", " + forum.returnAddress());
        BoxText.draw(canvas, found, at.box(safe, safe, CardGeometry.WIDTH_MM - 2 * safe, RETURN_HEIGHT), RETURN, 4,
                Alignment.CENTER, VerticalAlignment.MIDDLE);
    }
}
