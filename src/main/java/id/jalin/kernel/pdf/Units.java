package id.jalin.kernel.pdf;

/** Converts the millimetres people measure paper in to the PDF points PDFBox draws in. */
public final class Units {
    /** A PDF point is 1/72 inch; an inch is 25.4 mm. */
    public static final float POINTS_PER_MM = 72f / 25.4f;

    private Units() {
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }

    public static double toMm(float points) {
        return points / POINTS_PER_MM;
    }
}
