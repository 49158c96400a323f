package id.jalin.kernel.pdf;

/** Horizontal placement of a line or an image inside the width it is given. */
public enum Alignment {
    LEFT, CENTER, RIGHT;

    /** The x at which something {@code used} wide starts inside {@code available} starting at {@code x}. */
    float offset(float x, float available, float used) {
        return switch (this) {
            case LEFT -> x;
            case CENTER -> x + (available - used) / 2;
            case RIGHT -> x + available - used;
        };
    }
}
