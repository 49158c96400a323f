package id.jalin.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.pdf.PlacedGlyphs.Glyph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A block kept with the end of what came before it: a signature block never starts a page on its own. */
class KeepWithPreviousTest {
    private static final TextStyle BODY = AgreementSample.BODY;

    /** {@code lines} numbered lines, then a tall block that must not stand alone, at the page foot or not. */
    private static byte[] render(int lines, boolean keepWithPrevious) throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, AgreementSample.FRAME);
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= lines; i++) {
                text.append(i == 1 ? "" : "\n").append("Baris ").append(i);
            }
            composer.add(Block.paragraph(text.toString(), BODY));
            List<Block> block = List.of(Block.paragraph("TANDA TANGAN", BODY), Block.spacer(Units.mm(40)));
            if (keepWithPrevious) {
                composer.keepTogetherWithPrevious(block, 2);
            } else {
                composer.keepTogether(block);
            }
            composer.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static long linesAboveSignature(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = PlacedGlyphs.of(document);
            int last = document.getNumberOfPages();
            float signature = glyphs.stream().filter(g -> g.page() == last && g.text().equals("T")).findFirst()
                    .orElseThrow().baseline();
            return glyphs.stream().filter(g -> g.page() == last && g.baseline() > signature + 1)
                    .map(g -> Math.round(g.baseline())).distinct().count();
        }
    }

    @Test
    void theBlockTakesTheLastLinesAlongToTheNextPage() throws IOException {
        int overflowing = 0;
        for (int lines = 46; lines <= 60; lines++) {
            boolean alone = linesAboveSignature(render(lines, false)) == 0;
            if (alone) {
                overflowing++;
                assertThat(linesAboveSignature(render(lines, true))).as(lines + " lines").isEqualTo(2);
            }
        }
        assertThat(overflowing).as("lengths at which the block fell to a page of its own").isPositive();
    }

    @Test
    void aBlockThatFitsStaysWhereItIs() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(5, true))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(linesAboveSignature(render(5, true))).isEqualTo(5);
    }
}
