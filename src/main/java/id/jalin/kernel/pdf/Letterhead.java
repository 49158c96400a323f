package id.jalin.kernel.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The heading of page 1 of letters and agreements: the logo on the left, the forum's name in bold and its address
 * centred beside it, and the double rule under it that Indonesian official letters ("kop surat") carry.
 */
public record Letterhead(LetterheadData data, TextStyle nameStyle, TextStyle addressStyle, float logoHeight)
        implements Block {
    private static final float LOGO_GAP = Units.mm(4);
    private static final float RULE_GAP = Units.mm(2);
    private static final float THICK_RULE = 1.5f;
    private static final float THIN_RULE = 0.5f;
    private static final float RULE_SPACING = 1.5f;
    /** A letterhead line may shrink to this share of its size to keep its words together. */
    private static final float MIN_SHRINK = 0.8f;
    private static final float SHRINK_STEP = 0.25f;

    public static Letterhead of(LetterheadData data) {
        return new Letterhead(data, TextStyle.bold(14), TextStyle.regular(9), Units.mm(20));
    }

    @Override
    public List<Slice> slices(DocumentResources resources, float width) {
        float logoWidth = 0;
        ImageSlice logo = null;
        if (data.hasLogo()) {
            // a wide logo may take up to a quarter of the width, never more, so the name keeps room
            logo = ImageSlice.fitted(resources, data.logo(), width / 4, logoHeight, Alignment.LEFT);
            logoWidth = logo.imageWidth() + LOGO_GAP;
        }
        float textWidth = width - logoWidth;
        List<TextLineSlice> lines = new ArrayList<>();
        addLines(lines, resources.wrapper(), data.name(), nameStyle, textWidth);
        for (String address : data.addressLines()) {
            addLines(lines, resources.wrapper(), address, addressStyle, textWidth);
        }
        return List.of(new LetterheadSlice(logo, logoWidth, lines));
    }

    /**
     * Wraps one line of the letterhead evenly; where that still leaves a word on its own line (a long name beside a
     * logo), a slightly smaller size that keeps the words together is taken instead.
     */
    private static void addLines(List<TextLineSlice> lines, TextWrapper wrapper, String text, TextStyle style,
                                 float width) {
        TextStyle chosen = style;
        List<String> wrapped = wrapper.wrapBalanced(text, style, width);
        float smallest = style.size() * MIN_SHRINK;
        for (float size = style.size() - SHRINK_STEP; TextWrapper.leavesLoneWord(wrapped) && size >= smallest - 0.001f;
             size -= SHRINK_STEP) {
            List<String> tried = wrapper.wrapBalanced(text, style.withSize(size), width);
            if (!TextWrapper.leavesLoneWord(tried)) {
                chosen = style.withSize(size);
                wrapped = tried;
            }
        }
        for (String line : wrapped) {
            lines.add(new TextLineSlice(line, chosen, Alignment.CENTER, true));
        }
    }

    private record LetterheadSlice(ImageSlice logo, float logoWidth, List<TextLineSlice> lines) implements Slice {
        private float textHeight() {
            return (float) lines.stream().mapToDouble(Slice::height).sum();
        }

        private float bodyHeight() {
            return Math.max(textHeight(), logo == null ? 0 : logo.height());
        }

        @Override
        public float height() {
            return bodyHeight() + RULE_GAP + THICK_RULE + RULE_SPACING + THIN_RULE + RULE_GAP;
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
            float body = bodyHeight();
            if (logo != null) {
                logo.draw(canvas, x, top - (body - logo.height()) / 2, logo.imageWidth());
            }
            float y = top - (body - textHeight()) / 2;
            for (TextLineSlice line : lines) {
                line.draw(canvas, x + logoWidth, y, width - logoWidth);
                y -= line.height();
            }
            float thick = top - body - RULE_GAP - THICK_RULE / 2;
            canvas.line(x, thick, x + width, thick, THICK_RULE, Color.BLACK);
            float thin = thick - THICK_RULE / 2 - RULE_SPACING - THIN_RULE / 2;
            canvas.line(x, thin, x + width, thin, THIN_RULE, Color.BLACK);
        }
    }
}
