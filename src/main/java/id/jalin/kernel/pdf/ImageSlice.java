package id.jalin.kernel.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** An image at a size already worked out from its proportions. */
record ImageSlice(byte[] bytes, float imageWidth, float imageHeight, Alignment alignment) implements Slice {

    static ImageSlice fitted(DocumentResources resources, byte[] bytes, float maxWidth, float maxHeight,
                             Alignment alignment) {
        PDImageXObject image = resources.images().image(bytes);
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        return new ImageSlice(bytes, image.getWidth() * scale, image.getHeight() * scale, alignment);
    }

    @Override
    public float height() {
        return imageHeight;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        float left = alignment.offset(x, width, imageWidth);
        canvas.image(bytes, new Box(left, top - imageHeight, imageWidth, imageHeight), Alignment.LEFT);
    }
}
