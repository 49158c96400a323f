package id.jalin.kernel.pdf;

/** A rectangle on a page in points, measured from the bottom-left corner as PDF does. */
public record Box(float x, float y, float width, float height) {
    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("A box cannot have a negative size: " + width + " x " + height);
        }
    }

    public static Box ofMm(double x, double y, double width, double height) {
        return new Box(Units.mm(x), Units.mm(y), Units.mm(width), Units.mm(height));
    }

    public float right() {
        return x + width;
    }

    public float top() {
        return y + height;
    }

    public Box inset(float amount) {
        float shrink = Math.min(amount, Math.min(width, height) / 2);
        return new Box(x + shrink, y + shrink, width - 2 * shrink, height - 2 * shrink);
    }

    public boolean contains(float px, float py) {
        return px >= x && px <= right() && py >= y && py <= top();
    }
}
