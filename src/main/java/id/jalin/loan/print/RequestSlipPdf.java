package id.jalin.loan.print;

import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.Slice;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints request slips, one a page: on the top half of an A4 sheet above a dashed cut line, or on a 100 x 150 mm
 * label. Each slip shows both libraries, the user, the due date large, the item, who is responsible for it in
 * Indonesian and English, and the request number as a Code 128 barcode.
 *
 * <p>A long title or library name never runs over: the slip's text is set a step smaller until everything fits
 * its box, and lines wrap rather than being cut. The barcode keeps its size, as smaller bars stop scanning.
 */
public final class RequestSlipPdf {
    /** Below this share of the normal size the text of a slip would be too small to read at the desk. */
    static final float MIN_SCALE = 0.5f;
    private static final float SCALE_STEP = 0.05f;
    /** The least space between what runs down from the top and what stands at the foot. */
    private static final float MIN_GAP = Units.mm(2);
    private static final Color CUT_LINE = new Color(0x66, 0x66, 0x66);
    private static final TextStyle SCISSORS = TextStyle.regular(9).withColor(CUT_LINE);

    private final Bilingual words = new Bilingual();
    private final SlipContent content = new SlipContent(words);

    public void write(List<RequestSlip> slips, SlipLayout layout, OutputStream out) throws IOException {
        if (slips.isEmpty()) {
            throw new IllegalArgumentException("No request slips to print");
        }
        try (PDDocument document = new PDDocument()) {
            describe(document, slips);
            DocumentResources resources = DocumentResources.embedIn(document);
            // every slip is laid out before the first is drawn, so a failing one leaves no half-written file
            List<Laid> laid = slips.stream().map(slip -> layOut(resources, slip, layout)).toList();
            for (Laid slip : laid) {
                try (PageCanvas canvas = PageCanvas.onNewPage(resources, layout.page())) {
                    draw(canvas, slip, layout.slip());
                    if (layout.hasCutLine()) {
                        cutLine(canvas, layout);
                    }
                }
            }
            document.save(out);
        }
    }

    private void describe(PDDocument document, List<RequestSlip> slips) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = words.indonesian.get("loan.print.slip.title");
        info.setTitle(slips.size() == 1 ? title + " " + slips.get(0).requestNumber() : title);
        info.setCreator("Jalin");
    }

    /** The slices of one slip at the largest scale at which they fit its box. */
    private Laid layOut(DocumentResources resources, RequestSlip slip, SlipLayout layout) {
        Box box = layout.slip();
        for (float scale = 1f; ; scale -= SCALE_STEP) {
            SlipContent.Arrangement arrangement = content.arrange(slip, layout, scale);
            List<Slice> top = slices(resources, arrangement.top(), box.width());
            List<Slice> bottom = slices(resources, arrangement.bottom(), box.width());
            if (height(top) + MIN_GAP + height(bottom) <= box.height()) {
                return new Laid(top, bottom);
            }
            if (scale - SCALE_STEP < MIN_SCALE - 0.001f) {
                throw new IllegalArgumentException("The slip of " + slip.requestNumber()
                        + " has more text than its " + layout + " paper holds even at half size");
            }
        }
    }

    private static List<Slice> slices(DocumentResources resources, List<Block> blocks, float width) {
        return blocks.stream().flatMap(block -> block.slices(resources, width).stream()).toList();
    }

    private static float height(List<Slice> slices) {
        return (float) slices.stream().mapToDouble(Slice::height).sum();
    }

    private static void draw(PageCanvas canvas, Laid slip, Box box) throws IOException {
        float y = box.top();
        for (Slice slice : slip.top()) {
            slice.draw(canvas, box.x(), y, box.width());
            y -= slice.height();
        }
        y = box.y() + height(slip.bottom());
        for (Slice slice : slip.bottom()) {
            slice.draw(canvas, box.x(), y, box.width());
            y -= slice.height();
        }
    }

    /** Dashes across the whole sheet at half height, with scissors at the left where the cut begins. */
    private static void cutLine(PageCanvas canvas, SlipLayout layout) throws IOException {
        float y = layout.cutLine();
        float left = Units.mm(6);
        float right = layout.page().width() - Units.mm(6);
        float scissorsWidth = canvas.resources().fonts().width("\u2702", SCISSORS);
        canvas.text("\u2702", SCISSORS, left, y - SCISSORS.size() * 0.35f);
        for (float x = left + scissorsWidth + 2; x < right; x += 6) {
            canvas.line(x, y, Math.min(x + 3.5f, right), y, 0.5f, CUT_LINE);
        }
    }

    private record Laid(List<Slice> top, List<Slice> bottom) {
    }
}
