package id.jalin.crossservice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntroductionLetterNumberTest {
    @Test
    void numberReadsLikeAnAgreementNumber() {
        assertThat(IntroductionLetterNumber.format(12, "FPPTI-JABAR", LocalDate.of(2026, 11, 3)))
                .isEqualTo("012/SP-KSL/FPPTI-JABAR/XI/2026");
    }

    @Test
    void forumWithoutACodeLeavesThePartOut() {
        assertThat(IntroductionLetterNumber.format(1, " ", LocalDate.of(2026, 1, 3))).isEqualTo("001/SP-KSL/I/2026");
    }

    @Test
    void countStartsAtOne() {
        assertThatThrownBy(() -> IntroductionLetterNumber.format(0, "X", LocalDate.of(2026, 1, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cardNumberIsWrittenTheSameWayEverywhere() {
        CardNumber number = CardNumber.generate(2026, 12, 42);

        assertThat(CardNumberText.of(number.digits())).isEqualTo(number.grouped());
        assertThat(CardNumberText.of(" " + number.grouped() + " ")).isEqualTo(number.grouped());
        assertThat(CardNumberText.of(number)).isEqualTo(number.grouped());
        assertThat(CardNumberText.of("JB20250001")).isEqualTo("JB20250001");
    }
}
