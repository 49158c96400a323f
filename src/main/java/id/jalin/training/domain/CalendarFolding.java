package id.jalin.training.domain;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character: a line longer
 * than that continues on the next line after a single space. The agreement calendar's folding, kept here because a
 * feature uses another only through its public domain API and that one is package-private.
 */
final class CalendarFolding {
    private static final int LIMIT = 75;

    private CalendarFolding() {
    }

    /** {@code unfolded}: content lines ending in CRLF, none folded yet. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            foldLine(out, line);
        }
        return out.toString();
    }

    private static void foldLine(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LIMIT) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
