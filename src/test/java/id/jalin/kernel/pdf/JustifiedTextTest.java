package id.jalin.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.pdf.PlacedGlyphs.Glyph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Justified paragraphs in the narrow columns of a bilingual document, and letterheads, read back glyph by glyph. */
class JustifiedTextTest {
    private static final float TOLERANCE = 0.6f;
    /** Long words next to short ones: in a narrow column these lines used to fall back to ragged. */
    private static final String NARROW_TEXT = "This Agreement is made in two counterparts, each duly stamped and of equal "
            + "legal force. Matters not yet regulated will be regulated later in an addendum agreed by the Parties. "
            + "Perjanjian ini dibuat dalam rangkap dua, masing-masing bermeterai cukup dan mempunyai kekuatan hukum "
            + "yang sama, sesuai ketentuan perundang-undangan yang berlaku.";

    private static byte[] render(java.util.function.Consumer<DocumentComposer> content, String name)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentResources resources = DocumentResources.embedIn(document);
            DocumentComposer composer = new DocumentComposer(resources, AgreementSample.FRAME);
            content.accept(composer);
            composer.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            Files.createDirectories(Path.of("target/pdf-samples"));
            Files.write(Path.of("target/pdf-samples", name + ".pdf"), out.toByteArray());
            return out.toByteArray();
        }
    }

    /** The glyphs grouped into lines, top down. */
    private static List<List<Glyph>> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<Float, List<Glyph>> byBaseline = new TreeMap<>(Comparator.reverseOrder());
            for (Glyph glyph : PlacedGlyphs.of(document)) {
                byBaseline.computeIfAbsent(Math.round(glyph.baseline() * 10) / 10f, b -> new java.util.ArrayList<>())
                        .add(glyph);
            }
            return byBaseline.values().stream()
                    .map(line -> line.stream().sorted(Comparator.comparing(Glyph::x)).toList())
                    .toList();
        }
    }

    private static float left(List<Glyph> line) {
        return line.get(0).x();
    }

    private static float right(List<Glyph> line) {
        return (float) line.stream().mapToDouble(Glyph::right).max().orElse(0);
    }

    @Test
    void everyLineButTheLastIsFlushOnBothEdgesOfANarrowColumn() throws IOException {
        float width = (AgreementSample.FRAME.content().width() - AgreementSample.COLUMN_GAP) / 2;
        AlignedRow row = AlignedRow.of(List.of(Paragraph.of(NARROW_TEXT, AgreementSample.BODY).aligned(Alignment.JUSTIFY)),
                List.of(Block.spacer(1)));
        List<List<Glyph>> lines = lines(render(c -> c.alignedRows(List.of(row), AgreementSample.COLUMN_GAP, 0),
                "justified-narrow"));
        float x = AgreementSample.FRAME.content().x();

        assertThat(lines).hasSizeGreaterThan(5);
        for (List<Glyph> line : lines.subList(0, lines.size() - 1)) {
            String text = line.stream().map(Glyph::text).collect(Collectors.joining());
            assertThat(left(line)).as(text).isCloseTo(x, org.assertj.core.api.Assertions.within(TOLERANCE));
            assertThat(right(line)).as(text).isCloseTo(x + width, org.assertj.core.api.Assertions.within(TOLERANCE));
        }
        assertThat(right(lines.get(lines.size() - 1))).as("the last line stays ragged").isLessThan(x + width - 20);
    }

    @Test
    void letterheadBesideALogoLeavesNoWordOnItsOwnLine() throws IOException {
        LetterheadData data = new LetterheadData("Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat dan Banten",
                List.of("Sekretariat: Perpustakaan Universitas Padjadjaran, Jl. Raya Bandung-Sumedang Km 21, Jatinangor",
                        "Telp. (022) 250 3271 • sekretariat@fpptijabar.or.id • fpptijabar.or.id"),
                AgreementSample.logoPng());
        Letterhead letterhead = new Letterhead(data, TextStyle.bold(16), TextStyle.regular(9), Units.mm(20));
        Block narrow = (resources, width) -> letterhead.slices(resources, Units.mm(120));

        List<List<Glyph>> lines = lines(render(c -> c.add(narrow), "letterhead-narrow"));

        assertThat(lines).hasSizeGreaterThan(3);
        for (List<Glyph> line : lines) {
            String text = wordsOf(line);
            assertThat(text.strip()).as("a letterhead line").contains(" ");
        }
    }

    /** The line's text with a space wherever the gap between glyphs is wider than a fifth of the font size. */
    private static String wordsOf(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : line) {
            if (previous != null && glyph.x() - previous.right() > glyph.size() * 0.2f) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString();
    }
}
