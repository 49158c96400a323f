package id.jalin.kernel.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** What drawing into one PDF needs, created once per document: its fonts, images, wrapper and fitter. */
public final class DocumentResources {
    private final PDDocument document;
    private final PdfFonts fonts;
    private final PdfImages images;
    private final TextWrapper wrapper;
    private final TextFitter fitter;

    private DocumentResources(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.images = new PdfImages(document);
        this.wrapper = new TextWrapper(fonts);
        this.fitter = new TextFitter(fonts, wrapper);
    }

    public static DocumentResources embedIn(PDDocument document) throws IOException {
        return new DocumentResources(document, PdfFonts.embedIn(document));
    }

    public PDDocument document() {
        return document;
    }

    public PdfFonts fonts() {
        return fonts;
    }

    public PdfImages images() {
        return images;
    }

    public TextWrapper wrapper() {
        return wrapper;
    }

    public TextFitter fitter() {
        return fitter;
    }
}
