package id.jalin.catalogue.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file looks like from its first bytes, so that a file of the wrong kind for the chosen format is refused with
 * a message saying what it is (a librarian who picks "MARC21" for a MARCXML export is told to pick MARCXML).
 */
enum FileKind {
    EMPTY("catalogue.read.empty"),
    MARC21("catalogue.read.looks_like.marc21"),
    MARCXML("catalogue.read.looks_like.marcxml"),
    OTHER_XML("catalogue.read.looks_like.other_xml"),
    HTML("catalogue.read.looks_like.html"),
    CSV_TEXT("catalogue.read.looks_like.csv_text"),
    WORKBOOK("catalogue.read.looks_like.workbook"),
    PDF("catalogue.read.looks_like.pdf"),
    BINARY("catalogue.read.looks_like.binary");

    /** How many bytes the sniffing looks at. */
    static final int SNIFF_BYTES = 8192;

    private final String looksLikeKey;

    FileKind(String looksLikeKey) {
        this.looksLikeKey = looksLikeKey;
    }

    /** The bundle key that tells the user what the file looks like and which format reads it. */
    String looksLikeKey() {
        return looksLikeKey;
    }

    static FileKind of(byte[] head, int length) {
        int start = 0;
        if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            start = 3;
        }
        while (start < length && isBlank(head[start])) {
            start++;
        }
        if (start >= length) {
            return EMPTY;
        }
        if (startsWith(head, length, start, "%PDF")) {
            return PDF;
        }
        if (startsWith(head, length, start, "PK\u0003\u0004")) {
            return WORKBOOK;
        }
        if (looksLikeIso2709(head, length, start)) {
            return MARC21;
        }
        if (head[start] == '<') {
            String text = new String(head, start, length - start, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (text.contains("loc.gov/marc21/slim") || text.contains("<record") && text.contains("<leader")) {
                return MARCXML;
            }
            if (text.startsWith("<!doctype html") || text.contains("<html")) {
                return HTML;
            }
            return OTHER_XML;
        }
        return isText(head, length, start) ? CSV_TEXT : BINARY;
    }

    /**
     * An ISO 2709 record starts with five digits (its length) and, within the record, field terminators (0x1E).
     * Leaders with other damage still pass, so a broken MARC file reaches the reader that sets its records aside.
     */
    private static boolean looksLikeIso2709(byte[] head, int length, int start) {
        if (length - start < 24) {
            return false;
        }
        for (int i = start; i < start + 5; i++) {
            if (head[i] < '0' || head[i] > '9') {
                return false;
            }
        }
        for (int i = start + 24; i < length; i++) {
            if (head[i] == 0x1e || head[i] == 0x1d) {
                return true;
            }
        }
        return false;
    }

    private static boolean isText(byte[] head, int length, int start) {
        for (int i = start; i < length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0c) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean startsWith(byte[] head, int length, int start, String prefix) {
        if (length - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[start + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
