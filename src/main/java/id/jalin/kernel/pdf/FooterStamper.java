package id.jalin.kernel.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Stamps a footer on every page of a finished document. It runs after layout because "page x of y" needs the
 * total, and draws only in the frame's footer band, which flowing content never enters.
 */
public final class FooterStamper {
    private static final Color RULE_COLOR = new Color(0x99, 0x99, 0x99);
    private static final float RULE_DROP = 4;

    private final DocumentResources resources;
    private final PageFrame frame;
    private final TextStyle style;

    public FooterStamper(DocumentResources resources, PageFrame frame, TextStyle style) {
        this.resources = resources;
        this.frame = frame;
        this.style = style;
    }

    public void stamp(PageFooterText footerText) throws IOException {
        Box band = frame.footer();
        int total = resources.document().getNumberOfPages();
        int number = 0;
        for (PDPage page : resources.document().getPages()) {
            number++;
            try (PageCanvas canvas = PageCanvas.appendingTo(resources, page)) {
                // the rule sits a little below the band's top so the last body line's descenders keep clear of it
                float ruleY = band.top() - Math.min(RULE_DROP, band.height() / 4);
                canvas.line(band.x(), ruleY, band.right(), ruleY, 0.4f, RULE_COLOR);
                Box textBox = new Box(band.x(), band.y(), band.width(), Math.max(0, ruleY - 1 - band.y()));
                canvas.textInBox(footerText.textFor(number, total), textBox, style, style.size() * 0.7f,
                        Alignment.CENTER, VerticalAlignment.MIDDLE);
            }
        }
    }
}
