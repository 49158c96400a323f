package id.jalin.crossservice.print;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import id.jalin.kernel.pdf.VerticalAlignment;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A one-page A4 sheet to measure how far a printer misplaces what it prints: millimetre rulers along the edges
 * (numbered by their distance from the paper's left or top edge), a cross at the centre of the page, 100 mm scale
 * bars to catch "fit to page" scaling, and the ten card outlines at their nominal places. The secretary measures the
 * cross with a ruler and enters nominal minus measured as the correction. Printed with the front corrections already
 * in {@code settings}, it checks them: the cross then lands at the nominal place.
 */
public final class CalibrationSheetPdf {
    static final double CENTRE_X_MM = 105;
    static final double CENTRE_Y_MM = 148.5;
    /** Rulers lie this far inside the edges, clear of the strip most printers cannot reach. */
    static final double RULER_INSET_MM = 12;

    private static final Color INK = Color.BLACK;
    private static final Color OUTLINE = new Color(0x99, 0x99, 0x99);
    private static final TextStyle NUMBER = TextStyle.regular(4.5f);
    private static final TextStyle TITLE = TextStyle.bold(12);
    private static final TextStyle BODY = TextStyle.regular(8);
    private static final float HAIR = 0.25f;

    public void write(CardSheetSettings settings, OutputStream out) throws IOException {
        CardWords words = new CardWords();
        Messages indonesian = new Messages(Language.INDONESIAN);
        Messages english = new Messages(Language.ENGLISH);
        try (PDDocument document = new PDDocument()) {
            CardDocuments.describe(document, new CardForum("Jalin", null, ""), words.both("card.print.calibration.title"));
            DocumentResources resources = DocumentResources.embedIn(document);
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, SheetLayout.PAGE)) {
                Paper paper = new Paper(settings.frontOffsetXmm(), settings.frontOffsetYmm());
                cardOutlines(canvas, new SheetLayout(settings));
                rulers(canvas, paper);
                centreCross(canvas, paper);
                scaleBars(canvas, paper);
                instructions(canvas, paper, settings, indonesian, english);
            }
            document.save(out);
        }
    }

    private static void cardOutlines(PageCanvas canvas, SheetLayout layout) throws IOException {
        for (int i = 0; i < SheetLayout.CARDS_PER_SHEET; i++) {
            canvas.rectangle(layout.frontBox(SheetLayout.slot(i)), HAIR, OUTLINE);
        }
    }

    /** Ticks every millimetre, longer every 5 and 10, with the 10s numbered by their distance from the edge. */
    private static void rulers(PageCanvas canvas, Paper paper) throws IOException {
        double width = 210;
        double height = 297;
        for (int mm = 15; mm <= width - 15; mm++) {
            double length = tick(mm);
            paper.line(canvas, mm, RULER_INSET_MM, mm, RULER_INSET_MM - length);
            paper.line(canvas, mm, height - RULER_INSET_MM, mm, height - RULER_INSET_MM + length);
            if (mm % 10 == 0) {
                paper.label(canvas, Integer.toString(mm), mm - 3, RULER_INSET_MM + 0.4, 6, 2, Alignment.CENTER);
                paper.label(canvas, Integer.toString(mm), mm - 3, height - RULER_INSET_MM - 2.4, 6, 2,
                        Alignment.CENTER);
            }
        }
        paper.line(canvas, 15, RULER_INSET_MM, width - 15, RULER_INSET_MM);
        paper.line(canvas, 15, height - RULER_INSET_MM, width - 15, height - RULER_INSET_MM);
        for (int mm = 15; mm <= height - 15; mm++) {
            double length = tick(mm);
            paper.line(canvas, RULER_INSET_MM, mm, RULER_INSET_MM - length, mm);
            paper.line(canvas, width - RULER_INSET_MM, mm, width - RULER_INSET_MM + length, mm);
            if (mm % 10 == 0) {
                paper.label(canvas, Integer.toString(mm), RULER_INSET_MM + 0.5, mm - 1, 5, 2, Alignment.LEFT);
                paper.label(canvas, Integer.toString(mm), width - RULER_INSET_MM - 5.5, mm - 1, 5, 2,
                        Alignment.RIGHT);
            }
        }
        paper.line(canvas, RULER_INSET_MM, 15, RULER_INSET_MM, height - 15);
        paper.line(canvas, width - RULER_INSET_MM, 15, width - RULER_INSET_MM, height - 15);
    }

    private static double tick(int mm) {
        return mm % 10 == 0 ? 4 : mm % 5 == 0 ? 2.5 : 1.5;
    }

    private static void centreCross(PageCanvas canvas, Paper paper) throws IOException {
        paper.line(canvas, CENTRE_X_MM - 10, CENTRE_Y_MM, CENTRE_X_MM + 10, CENTRE_Y_MM);
        paper.line(canvas, CENTRE_X_MM, CENTRE_Y_MM - 10, CENTRE_X_MM, CENTRE_Y_MM + 10);
        for (double r : new double[] {2, 5}) {
            paper.square(canvas, CENTRE_X_MM - r, CENTRE_Y_MM - r, 2 * r);
        }
    }

    private static void scaleBars(PageCanvas canvas, Paper paper) throws IOException {
        double y = 205;
        paper.line(canvas, 55, y, 155, y);
        paper.line(canvas, 55, y - 3, 55, y + 3);
        paper.line(canvas, 155, y - 3, 155, y + 3);
        paper.label(canvas, "100 mm", 95, y + 0.8, 20, 2.5, Alignment.CENTER);
    }

    private static void instructions(PageCanvas canvas, Paper paper, CardSheetSettings settings, Messages indonesian,
                                     Messages english) throws IOException {
        NumberFormat id = millimetres(Language.INDONESIAN);
        NumberFormat en = millimetres(Language.ENGLISH);
        Box area = paper.box(30, 60, 150, 60);
        canvas.fill(area, Color.WHITE);
        String text = indonesian.get("card.print.calibration.measure", id.format(CENTRE_X_MM), id.format(CENTRE_Y_MM))
                + "\n" + english.get("card.print.calibration.measure", en.format(CENTRE_X_MM), en.format(CENTRE_Y_MM))
                + "\n\n" + indonesian.get("card.print.calibration.scale")
                + "\n" + english.get("card.print.calibration.scale")
                + "\n\n" + offsets(indonesian, id, settings)
                + "\n" + offsets(english, en, settings);
        BoxText.draw(canvas, text, area.inset(Units.mm(3)), BODY, 6, Alignment.LEFT, VerticalAlignment.TOP);
        BoxText.draw(canvas, indonesian.get("card.print.calibration.title") + " / "
                        + english.get("card.print.calibration.title"), paper.box(30, 45, 150, 12), TITLE, 9,
                Alignment.CENTER, VerticalAlignment.MIDDLE);
    }

    private static NumberFormat millimetres(Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(2);
        return format;
    }

    private static String offsets(Messages messages, NumberFormat format, CardSheetSettings settings) {
        return messages.get("card.print.calibration.offsets", format.format(settings.frontOffsetXmm()),
                format.format(settings.frontOffsetYmm()), format.format(settings.backOffsetXmm()),
                format.format(settings.backOffsetYmm()));
    }

    /**
     * Millimetres as people measure paper, from the top-left corner with y running down, shifted by the printer
     * correction (positive x right, positive y down).
     */
    private record Paper(double offsetXmm, double offsetYmm) {
        float x(double mm) {
            return Units.mm(mm + offsetXmm);
        }

        float y(double mm) {
            return SheetLayout.PAGE.height() - Units.mm(mm + offsetYmm);
        }

        void line(PageCanvas canvas, double x1, double y1, double x2, double y2) throws IOException {
            canvas.line(x(x1), y(y1), x(x2), y(y2), HAIR, INK);
        }

        void square(PageCanvas canvas, double left, double top, double size) throws IOException {
            canvas.rectangle(box(left, top, size, size), HAIR, INK);
        }

        /** A box whose top-left corner is {@code left, top} mm from the paper's top-left corner. */
        Box box(double left, double top, double width, double height) {
            return new Box(x(left), y(top + height), Units.mm(width), Units.mm(height));
        }

        void label(PageCanvas canvas, String text, double left, double top, double width, double height,
                   Alignment alignment) throws IOException {
            canvas.textInBox(text, box(left, top, width, height), NUMBER, NUMBER.size(), alignment,
                    VerticalAlignment.MIDDLE);
        }
    }
}
