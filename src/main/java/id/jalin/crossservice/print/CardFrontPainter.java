package id.jalin.crossservice.print;

import id.jalin.crossservice.domain.CardNumberText;
import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.BarcodePainter;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.Code128Barcode;
import id.jalin.kernel.pdf.FittedText;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.TextWrapper;
import id.jalin.kernel.pdf.Units;
import id.jalin.kernel.pdf.VerticalAlignment;
import java.io.IOException;
import java.util.List;

/**
 * Draws the front of a card: the forum's band with logo, name and card kind; the photo (or initials) at the left;
 * the holder's name, home library, programme, number and expiry; the barcode of the number across the bottom.
 */
final class CardFrontPainter {
    // heights in mm from the card's bottom edge; the card is 53.98 mm high
    private static final double BAND_BOTTOM = 41.98;
    private static final double SAFE_TOP = CardGeometry.HEIGHT_MM - CardGeometry.SAFE_MM;
    private static final double RIGHT = CardGeometry.WIDTH_MM - CardGeometry.SAFE_MM;
    private static final double LOGO_SIZE = 7.5;
    private static final double PHOTO_WIDTH = 20;
    private static final double PHOTO_HEIGHT = 26.7;
    private static final double PHOTO_BOTTOM = 13.8;
    private static final double TEXT_LEFT = CardGeometry.SAFE_MM + PHOTO_WIDTH + 2.5;
    private static final double TEXT_WIDTH = RIGHT - TEXT_LEFT;
    private static final double LABEL_HEIGHT = 2.2;
    private static final double BARCODE_BOTTOM = 3.5;
    private static final double BARCODE_HEIGHT = 8;

    private static final TextStyle FORUM = TextStyle.bold(9).withColor(CardColors.ON_BAND);
    private static final TextStyle FORUM_TWO_LINES = FORUM.withSize(7.5f).withLeading(7.5f * 1.12f);
    private static final float FORUM_MIN_ONE_LINE = 6.5f;
    /** Small but still readable at arm's length; with two lines this holds some seventy characters. */
    private static final float FORUM_MIN = 4.5f;
    private static final double TWO_LINE_NAME_HEIGHT = 5.4;
    private static final TextStyle KIND = TextStyle.regular(6.5f).withColor(CardColors.ON_BAND);
    private static final TextStyle NAME = TextStyle.bold(9);
    private static final TextStyle LABEL = TextStyle.regular(4.5f).withColor(CardColors.LABEL);
    private static final TextStyle VALUE = TextStyle.regular(6.5f);
    private static final TextStyle KEY_VALUE = TextStyle.bold(7);
    private static final TextStyle INITIALS = TextStyle.bold(24).withColor(CardColors.BAND);

    private final CardForum forum;
    private final CardWords words;

    CardFrontPainter(CardForum forum, CardWords words) {
        this.forum = forum;
        this.words = words;
    }

    void paint(PageCanvas canvas, CardFace face, Box card) throws IOException {
        // encode first: a number that cannot be printed as a barcode stops the job before anything is drawn
        Code128Barcode barcode = Code128Barcode.of(face.number());
        CardGeometry at = new CardGeometry(card);
        band(canvas, face, at);
        photo(canvas, face, at);
        details(canvas, face, at);
        BarcodePainter.draw(canvas, barcode,
                at.box(CardGeometry.SAFE_MM, BARCODE_BOTTOM, CardGeometry.WIDTH_MM - 2 * CardGeometry.SAFE_MM,
                        BARCODE_HEIGHT));
    }

    private void band(PageCanvas canvas, CardFace face, CardGeometry at) throws IOException {
        canvas.fill(at.bandWithBleed(BAND_BOTTOM), CardColors.BAND);
        double textLeft = CardGeometry.SAFE_MM;
        double inner = SAFE_TOP - (BAND_BOTTOM + 1);
        if (forum.hasLogo()) {
            canvas.image(forum.logo(), at.box(CardGeometry.SAFE_MM, BAND_BOTTOM + 1 + (inner - LOGO_SIZE) / 2,
                    LOGO_SIZE, LOGO_SIZE), Alignment.CENTER);
            textLeft += LOGO_SIZE + 2;
        }
        double width = RIGHT - textLeft;
        double bottom = BAND_BOTTOM + 1;
        String name = forum.forumName();
        FittedText oneLine = canvas.resources().fitter().fit(name, FORUM, FORUM_MIN_ONE_LINE,
                (float) Units.mm(width), Units.mm(inner * 0.55));
        if (oneLine.lines().size() == 1 && !oneLine.truncated()) {
            BoxText.draw(canvas, name, at.box(textLeft, bottom + inner * 0.45, width, inner * 0.55), FORUM,
                    FORUM_MIN_ONE_LINE, Alignment.LEFT, VerticalAlignment.MIDDLE);
            BoxText.draw(canvas, kind(face), at.box(textLeft, bottom, width, inner * 0.45), KIND, 4.5f,
                    Alignment.LEFT, VerticalAlignment.MIDDLE);
            return;
        }
        // a long name (beside a logo) shrinks, then takes two tighter lines; the kind gives up some height for it
        double kindHeight = inner - TWO_LINE_NAME_HEIGHT;
        twoLineName(canvas, name, at.box(textLeft, bottom + kindHeight, width, TWO_LINE_NAME_HEIGHT));
        BoxText.draw(canvas, kind(face), at.box(textLeft, bottom, width, kindHeight), KIND, 4.5f, Alignment.LEFT,
                VerticalAlignment.MIDDLE);
    }

    /**
     * The forum's name on two even lines (so "Jawa Barat" is not left dangling under a full line) at the largest
     * size that fits the box; below the smallest size it still wraps rather than being cut.
     */
    private static void twoLineName(PageCanvas canvas, String name, Box box) throws IOException {
        TextWrapper wrapper = canvas.resources().wrapper();
        TextStyle style = FORUM_TWO_LINES.withSize(FORUM_MIN);
        List<String> lines = wrapper.wrapBalanced(name, style, box.width());
        for (float size = FORUM_TWO_LINES.size(); size > FORUM_MIN; size -= 0.25f) {
            TextStyle sized = FORUM_TWO_LINES.withSize(size);
            List<String> tried = wrapper.wrapBalanced(name, sized, box.width());
            if (tried.size() <= 2 && tried.size() * sized.leading() <= box.height() + 0.01f) {
                style = sized;
                lines = tried;
                break;
            }
        }
        float top = box.top() - Math.max(0, box.height() - lines.size() * style.leading()) / 2;
        for (String line : lines) {
            canvas.lineInSlot(line, style, Alignment.LEFT, box.x(), top, box.width());
            top -= style.leading();
        }
    }

    private String kind(CardFace face) {
        String id = face.kindLabelId().isBlank() ? words.indonesian("card.print.title") : face.kindLabelId();
        String en = face.kindLabelEn().isBlank() ? words.english("card.print.title") : face.kindLabelEn();
        return id.equals(en) ? id : id + " / " + en;
    }

    private void photo(PageCanvas canvas, CardFace face, CardGeometry at) throws IOException {
        Box frame = at.box(CardGeometry.SAFE_MM, PHOTO_BOTTOM, PHOTO_WIDTH, PHOTO_HEIGHT);
        if (face.hasPhoto()) {
            canvas.image(face.photo(), frame, Alignment.CENTER);
            canvas.rectangle(frame, 0.3f, CardColors.FRAME);
        } else {
            // a tinted square with the initials keeps the layout of a card with a photo, so cards look alike
            canvas.fill(frame, CardColors.PLACEHOLDER);
            BoxText.draw(canvas, Initials.of(face.holderName()), frame.inset(2), INITIALS, 12, Alignment.CENTER,
                    VerticalAlignment.MIDDLE);
        }
    }

    private void details(PageCanvas canvas, CardFace face, CardGeometry at) throws IOException {
        double top = PHOTO_BOTTOM + PHOTO_HEIGHT;
        // the name may take two lines at a smaller size; a long one shrinks rather than running off the card
        BoxText.draw(canvas, face.holderName(), at.box(TEXT_LEFT, top - 6.4, TEXT_WIDTH, 6.4), NAME, 5.5f,
                Alignment.LEFT, VerticalAlignment.TOP);
        top -= 6.7;
        top = field(canvas, at, top, TEXT_LEFT, TEXT_WIDTH, words.both("card.print.homeLibrary"),
                face.homeLibraryName(), 4.8, VALUE, 5);
        top = field(canvas, at, top, TEXT_LEFT, TEXT_WIDTH, words.both("card.print.programme"),
                face.programme(), 4.8, VALUE, 5);
        double numberWidth = TEXT_WIDTH * 0.52;
        field(canvas, at, top, TEXT_LEFT, numberWidth - 1, words.both("card.print.number"), CardNumberText.of(face.number()), 3.4,
                KEY_VALUE, 5.5f);
        field(canvas, at, top, TEXT_LEFT + numberWidth, TEXT_WIDTH - numberWidth,
                words.both("card.print.validUntil"), words.date(face.validUntil()), 3.4, KEY_VALUE, 5.5f);
    }

    /** A small grey label over its value; returns the height (mm) where the next field starts. */
    private static double field(PageCanvas canvas, CardGeometry at, double top, double x, double width, String label,
                                String value, double valueHeight, TextStyle style, float minSize) throws IOException {
        BoxText.draw(canvas, label, at.box(x, top - LABEL_HEIGHT, width, LABEL_HEIGHT), LABEL, 3.5f, Alignment.LEFT,
                VerticalAlignment.BOTTOM);
        double valueTop = top - LABEL_HEIGHT;
        BoxText.draw(canvas, value, at.box(x, valueTop - valueHeight, width, valueHeight), style, minSize,
                Alignment.LEFT, VerticalAlignment.TOP);
        return valueTop - valueHeight;
    }
}
