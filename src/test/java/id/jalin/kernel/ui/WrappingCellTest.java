package id.jalin.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a wrapping table cell may break its text: between words, never inside a grouped number. */
class WrappingCellTest {

    private static List<String> pieces(String text) {
        BreakIterator breaks = BreakIterator.getLineInstance();
        String shown = WrappingCell.unbreakableNumbers(text);
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
}
