package id.jalin.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a wrapping table cell (or any narrow place) may break its text: between words, never inside a grouped number. */
class LineBreaksTest {

    private static List<String> pieces(String text) {
        BreakIterator breaks = BreakIterator.getLineInstance();
        String shown = LineBreaks.keepNumbersWhole(text);
        breaks.setText(shown);
        List<String> pieces = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(shown.substring(start, end).strip());
        }
        return pieces;
    }

    @Test
    void aCardNumberStaysOnOneLine() {
        assertThat(pieces("26 012 00042 3")).containsExactly("26\u00A0012\u00A000042\u00A03");
    }

    @Test
    void wordsAndTelephoneNumbersBreakOnlyBetweenWords() {
        assertThat(pieces("Telepon (022) 2503271 kantor")).containsExactly("Telepon", "(022)\u00A02503271", "kantor");
        assertThat(pieces("Rina Marlina")).containsExactly("Rina", "Marlina");
    }

    @Test
    void anAmountInRupiahStaysOnOneLine() {
        assertThat(pieces("Rp 150.000.000")).containsExactly("Rp\u00A0150.000.000");
        assertThat(pieces("Rp 1,250,000 left")).containsExactly("Rp\u00A01,250,000", "left");
        assertThat(pieces("Rp dan 2 eks.")).containsExactly("Rp", "dan", "2", "eks.");
    }
}
