package id.jalin.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.pdf.PlacedGlyphs.Glyph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PageCanvasTest {
    private static final Box NAME_BOX = Box.ofMm(5, 30, 50, 8);

    @Test
    void textInABoxShrinksToFitTheBoxWidthOnACard() throws IOException {
        String name = "Universitas Pendidikan Indonesia";
        FittedText[] fitted = new FittedText[1];
        byte[] pdf = onCard(canvas -> fitted[0] = canvas.textInBox(name, NAME_BOX, TextStyle.bold(12), 6,
                Alignment.LEFT, VerticalAlignment.MIDDLE));

        assertThat(fitted[0].lines()).containsExactly(name);
        assertThat(fitted[0].style().size()).isLessThan(12).isGreaterThanOrEqualTo(6);
        assertThat(fitted[0].truncated()).isFalse();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PageSize.ID_1.width());
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(name);
            List<Glyph> glyphs = PlacedGlyphs.of(document);
            assertThat(glyphs).allSatisfy(glyph -> {
                assertThat(glyph.x()).isGreaterThanOrEqualTo(NAME_BOX.x() - 0.5f);
                assertThat(glyph.right()).isLessThanOrEqualTo(NAME_BOX.right() + 0.5f);
                assertThat(glyph.bottom()).isGreaterThanOrEqualTo(NAME_BOX.y() - 0.5f);
                assertThat(glyph.top()).isLessThanOrEqualTo(NAME_BOX.top() + 0.5f);
            });
        }
    }

    @Test
    void textTooLongForOneLineAtTheMinimumSizeWrapsAndThenIsCutWithAnEllipsis() throws IOException {
        String name = "Perpustakaan Universitas Islam Negeri Sunan Gunung Djati Bandung, Kampus Cibiru dan Kampus Cimencrang";
        FittedText[] fitted = new FittedText[1];
        onCard(canvas -> fitted[0] = canvas.textInBox(name, NAME_BOX, TextStyle.bold(12), 6,
                Alignment.LEFT, VerticalAlignment.TOP));

        assertThat(fitted[0].style().size()).isEqualTo(6);
        assertThat(fitted[0].lines()).hasSizeBetween(2, 3);
        assertThat(fitted[0].height()).isLessThanOrEqualTo(NAME_BOX.height() + 0.01f);
        assertThat(fitted[0].truncated()).isTrue();
        assertThat(fitted[0].lines().get(fitted[0].lines().size() - 1)).endsWith("\u2026");
    }

    private interface Drawing {
        void draw(PageCanvas canvas) throws IOException;
    }

    private static byte[] onCard(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentResources resources = DocumentResources.embedIn(document);
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, PageSize.ID_1)) {
                drawing.draw(canvas);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
