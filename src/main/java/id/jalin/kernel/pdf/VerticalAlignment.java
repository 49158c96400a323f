package id.jalin.kernel.pdf;

/** Vertical placement of fitted text inside a box. */
public enum VerticalAlignment {
    TOP, MIDDLE, BOTTOM
}
