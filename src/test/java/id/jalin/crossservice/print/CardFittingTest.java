package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.PlacedGlyphs;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.Units;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class CardFittingTest {

    @Test
    void aLongNameIsPrintedWholeOnAtMostTwoLinesInsideTheCard() throws IOException {
        CardFace card = CardSamples.card(CardSamples.LONG_NAME, "JB20250001", null);
        try (PDDocument document = Pdfs.open(Pdfs.cr80(List.of(card)))) {
            List<PlacedGlyphs.Glyph> glyphs = PlacedGlyphs.sortedByPosition(document).stream().filter(g -> g.page() == 1).toList();
            Box safe = new CardGeometry(CardGeometry.cardAt(0, 0)).safe();
            glyphs.forEach(glyph -> CardGeometryTest.assertInside(glyph, safe));

            String all = glyphs.stream().map(PlacedGlyphs.Glyph::text).reduce("", String::concat);
            assertThat(all).contains(CardSamples.LONG_NAME.replace(" ", "")).doesNotContain("\u2026");
            // the name's box is the top 6.4 mm of the text column, from 40.5 mm down to 34.1 mm
            long nameLines = glyphs.stream()
                    .filter(g -> g.baseline() > Units.mm(34.1) && g.baseline() < Units.mm(40.5)
                            && g.x() > Units.mm(20))
                    .map(g -> Math.round(g.baseline())).distinct().count();
            assertThat(nameLines).isBetween(1L, 2L);
        }
    }

    @Test
    void anAbsurdlyLongLibraryNameIsCutWithAnEllipsisRatherThanOverflowing() throws IOException {
        CardFace card = new CardFace("Budi", "JB1", "Perpustakaan ".repeat(30), "", "", "", CardSamples.VALID_UNTIL,
                null);
        try (PDDocument document = Pdfs.open(Pdfs.cr80(List.of(card)))) {
            Box safe = new CardGeometry(CardGeometry.cardAt(0, 0)).safe();
            PlacedGlyphs.sortedByPosition(document).forEach(glyph -> CardGeometryTest.assertInside(glyph, safe));
        }
    }

    @Test
    void withoutAPhotoTheCardShowsTheInitialsAndEmbedsOnlyTheLogo() throws IOException {
        CardFace card = CardSamples.card("Dewi Lestari", "JB20250002", null);
        try (PDDocument document = Pdfs.open(Pdfs.cr80(List.of(card)))) {
            PaintedShapes front = PaintedShapes.of(document.getPage(0));
            assertThat(front.images()).hasSize(1);
            String text = PlacedGlyphs.sortedByPosition(document).stream().filter(g -> g.page() == 1)
                    .map(PlacedGlyphs.Glyph::text).reduce("", String::concat);
            assertThat(text).contains("DL");
        }
    }

    @Test
    void withAPhotoThePhotoIsDrawnAtTheLeftAndNoInitials() throws IOException {
        CardFace card = CardSamples.card("Dewi Lestari", "JB20250002", CardSamples.photoJpeg());
        try (PDDocument document = Pdfs.open(Pdfs.cr80(List.of(card)))) {
            List<Box> images = PaintedShapes.of(document.getPage(0)).images();
            assertThat(images).hasSize(2);
            Box photo = images.stream().filter(image -> image.height() > 50).findFirst().orElseThrow();
            assertThat(photo.x()).isLessThan(CardGeometry.CARD.width() / 4);
            String text = PlacedGlyphs.sortedByPosition(document).stream().filter(g -> g.page() == 1)
                    .map(PlacedGlyphs.Glyph::text).reduce("", String::concat);
            assertThat(text).doesNotContain("DL");
        }
    }

    @Test
    void initialsComeFromTheFirstAndLastName() {
        assertThat(Initials.of("Ahmad Fauzi")).isEqualTo("AF");
        assertThat(Initials.of("budi")).isEqualTo("B");
        assertThat(Initials.of("  Siti  Nur   Aisyah ")).isEqualTo("SA");
        assertThat(Initials.of("")).isEqualTo("?");
    }
}
