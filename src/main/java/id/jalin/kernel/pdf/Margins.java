package id.jalin.kernel.pdf;

/** Blank space at the page edges, in points. */
public record Margins(float top, float right, float bottom, float left) {
    public Margins {
        if (top < 0 || right < 0 || bottom < 0 || left < 0) {
            throw new IllegalArgumentException("Margins cannot be negative");
        }
    }

    public static Margins ofMm(double top, double right, double bottom, double left) {
        return new Margins(Units.mm(top), Units.mm(right), Units.mm(bottom), Units.mm(left));
    }

    public static Margins allMm(double each) {
        return ofMm(each, each, each, each);
    }
}
