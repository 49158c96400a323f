package id.jalin.kernel.pdf;

/** Horizontal placement of a line or an image inside the width it is given. */
public enum Alignment {
    LEFT, CENTER, RIGHT,
    /** Both edges straight, as contracts are set; a paragraph's last line and anything but wrapped text stay left. */
    JUSTIFY;

    /** The x at which something {@code used} wide starts inside {@code available} starting at {@code x}. */
    float offset(float x, float available, float used) {
        return switch (this) {
            case LEFT, JUSTIFY -> x;
            case CENTER -> x + (available - used) / 2;
            case RIGHT -> x + available - used;
        };
    }
}
