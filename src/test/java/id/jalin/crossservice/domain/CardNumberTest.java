package id.jalin.crossservice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardNumberTest {
    @Test
    void knownLuhnNumbersPass() {
        assertThat(Luhn.isValid("79927398713")).isTrue();
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
        assertThat(Luhn.isValid("79927398710")).isFalse();
    }

    @Test
    void generatedNumbersHaveTheLayoutAndAValidCheckDigit() {
        CardNumber number = CardNumber.generate(2026, 12, 42);
        assertThat(number.digits()).hasSize(11).startsWith("2601200042");
        assertThat(Luhn.isValid(number.digits())).isTrue();
        assertThat(number.grouped()).isEqualTo("26 012 00042 " + number.digits().charAt(10));
    }

    @Test
    void everySingleDigitSubstitutionIsCaught() {
        for (int running = 1; running < 2_000; running += 37) {
            String digits = CardNumber.generate(2026, running % 1000, running).digits();
            for (int position = 0; position < digits.length(); position++) {
                for (char other = '0'; other <= '9'; other++) {
                    if (other == digits.charAt(position)) {
                        continue;
                    }
                    String typo = digits.substring(0, position) + other + digits.substring(position + 1);
                    assertThat(Luhn.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @Test
    void adjacentTranspositionsAreCaughtExceptNineAndZero() {
        int swaps = 0;
        int caught = 0;
        for (int running = 1; running < 5_000; running += 13) {
            String digits = CardNumber.generate(2026, running % 1000, running).digits();
            for (int i = 0; i + 1 < digits.length(); i++) {
                char a = digits.charAt(i);
                char b = digits.charAt(i + 1);
                if (a == b) {
                    continue;
                }
                String swapped = digits.substring(0, i) + b + a + digits.substring(i + 2);
                swaps++;
                if (!Luhn.isValid(swapped)) {
                    caught++;
                } else {
                    // Luhn's one known blind spot among adjacent swaps.
                    assertThat(a + "" + b).isIn("09", "90");
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.95);
    }

    @Test
    void scannedTextIsTrimmedAndSeparatorsIgnored() {
        String digits = CardNumber.generate(2026, 3, 7).digits();
        String grouped = digits.substring(0, 2) + "-" + digits.substring(2, 5) + " " + digits.substring(5);
        assertThat(CardNumber.read("  " + digits + "\r\n")).isEqualTo(new CardNumber.Reading.Valid(new CardNumber(digits)));
        assertThat(CardNumber.read(grouped)).isEqualTo(new CardNumber.Reading.Valid(new CardNumber(digits)));
    }

    @Test
    void wrongCheckDigitAndOtherShapesAreToldApart() {
        String digits = CardNumber.generate(2026, 3, 7).digits();
        String wrong = digits.substring(0, 10) + (char) ('0' + (digits.charAt(10) - '0' + 1) % 10);
        assertThat(CardNumber.read(wrong)).isInstanceOf(CardNumber.Reading.BadCheckDigit.class);
        assertThat(CardNumber.read("ABC")).isInstanceOf(CardNumber.Reading.NotACardNumber.class);
        assertThat(CardNumber.read("123")).isInstanceOf(CardNumber.Reading.NotACardNumber.class);
        assertThat(CardNumber.read("")).isInstanceOf(CardNumber.Reading.NotACardNumber.class);
    }

    @Test
    void aNumberWithABadCheckDigitCannotBeMade() {
        assertThatThrownBy(() -> new CardNumber("79927398710")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CardNumber.generate(2026, 1000, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
