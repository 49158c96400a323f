package id.jalin.kernel.pdf;

import java.util.ArrayList;
import java.util.List;

/** Text wrapped to the column width; line breaks in the text start new lines. */
public record Paragraph(String text, TextStyle style, Alignment alignment, float spaceAfter, boolean keepWithNext)
        implements Block {

    public static Paragraph of(String text, TextStyle style) {
        return new Paragraph(text, style, Alignment.LEFT, 0, false);
    }

    public Paragraph aligned(Alignment newAlignment) {
        return new Paragraph(text, style, newAlignment, spaceAfter, keepWithNext);
    }

    public Paragraph centered() {
        return aligned(Alignment.CENTER);
    }

    public Paragraph spaceAfter(float points) {
        return new Paragraph(text, style, alignment, points, keepWithNext);
    }

    public Paragraph keptWithNext() {
        return new Paragraph(text, style, alignment, spaceAfter, true);
    }

    @Override
    public List<Slice> slices(DocumentResources resources, float width) {
        List<Slice> slices = new ArrayList<>();
        for (List<String> lines : resources.wrapper().wrapParagraphs(text, style, width)) {
            int count = lines.size();
            for (int i = 0; i < count; i++) {
                // no paragraph leaves its first line alone at the foot of a page or its last alone at the top
                boolean orphanOrWidow = (i == 0 && count > 1) || (i == count - 2);
                slices.add(new TextLineSlice(lines.get(i), style, alignment, keepWithNext || orphanOrWidow,
                        i == count - 1));
            }
        }
        if (spaceAfter > 0) {
            slices.add(new GapSlice(spaceAfter, keepWithNext));
        }
        return slices;
    }
}
