package id.jalin.kernel.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a text file into text. A byte order mark decides (Excel's "CSV UTF-8" writes one, its
 * "Unicode text" writes UTF-16); without one the bytes are read as UTF-8 if they are valid UTF-8, and otherwise as
 * Windows-1252, which is what Excel's plain "CSV" writes on an Indonesian or English Windows; UTF-16 without a
 * mark is recognised by its zero bytes. Valid UTF-8 is
 * practically never accidental, so this guess does not garble names the way a lenient UTF-8 read would.
 */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * UTF-16 saved without a byte order mark (some tools do): Latin text in it has a zero byte in every other
     * place, which text in any 8-bit encoding or UTF-8 never has. Without this the file would read as UTF-8 with
     * zero characters between the letters, and be refused for a missing header rather than read.
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 2 > pairs && evenZeros * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 2 > pairs && oddZeros * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        int[] head = new int[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            head[i] = bytes[i] & 0xFF;
        }
        return Arrays.equals(head, prefix);
    }
}
