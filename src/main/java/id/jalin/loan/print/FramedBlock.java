package id.jalin.loan.print;

import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.Slice;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** Blocks inside a ruled frame, kept whole: the due date stands out from the rest of a slip this way. */
record FramedBlock(List<Block> blocks, float padding, float thickness) implements Block {
    FramedBlock {
        blocks = List.copyOf(blocks);
    }

    @Override
    public List<Slice> slices(DocumentResources resources, float width) {
        float inner = Math.max(1, width - 2 * padding);
        List<Slice> inside = blocks.stream().flatMap(b -> b.slices(resources, inner).stream()).toList();
        return List.of(new FramedSlice(inside, padding, thickness));
    }

    private record FramedSlice(List<Slice> inside, float padding, float thickness) implements Slice {
        @Override
        public float height() {
            return (float) inside.stream().mapToDouble(Slice::height).sum() + 2 * padding;
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
            float half = thickness / 2;
            canvas.rectangle(new Box(x + half, top - height() + half, width - thickness, height() - thickness),
                    thickness, Color.BLACK);
            float y = top - padding;
            for (Slice slice : inside) {
                slice.draw(canvas, x + padding, y, width - 2 * padding);
                y -= slice.height();
            }
        }
    }
}
