package id.jalin.kernel.pdf;

/** Empty vertical space. */
record GapSlice(float height, boolean keepWithNext) implements Slice {
    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) {
        // nothing to draw: the space is the point
    }

    @Override
    public boolean isGap() {
        return true;
    }
}
