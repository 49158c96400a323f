package id.jalin.kernel.pdf;

import java.util.List;

/** Text made to fit a box: the lines to draw and the style (size) they fit at. */
public record FittedText(List<String> lines, TextStyle style, boolean truncated) {
    public FittedText {
        lines = List.copyOf(lines);
    }

    public float height() {
        return lines.size() * style.leading();
    }
}
