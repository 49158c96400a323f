package id.jalin.kernel.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final Locale EN = Locale.forLanguageTag("en-GB");

    @Test
    void rupiahIsWrittenWithoutCentsAndWithTheLocalesGrouping() {
        assertThat(Money.of(1_250_000).format(ID)).isEqualTo("Rp 1.250.000");
        assertThat(Money.of(1_250_000).format(EN)).isEqualTo("Rp 1,250,000");
        assertThat(Money.ZERO.format(ID)).isEqualTo("Rp 0");
    }

    @Test
    void typedAmountsAreReadWithOrWithoutRpAndGrouping() {
        assertThat(Money.parse("1.250.000", ID)).contains(Money.of(1_250_000));
        assertThat(Money.parse("Rp 1.250.000", ID)).contains(Money.of(1_250_000));
        assertThat(Money.parse("1250000", ID)).contains(Money.of(1_250_000));
        assertThat(Money.parse("1,250,000", EN)).contains(Money.of(1_250_000));
        assertThat(Money.parse("-500", ID)).contains(Money.of(-500));
    }

    @Test
    void centsAndWordsAreNotAmounts() {
        assertThat(Money.parse("1.250.000,50", ID)).isEmpty();
        assertThat(Money.parse("satu juta", ID)).isEmpty();
        assertThat(Money.parse("", ID)).isEmpty();
    }
}
