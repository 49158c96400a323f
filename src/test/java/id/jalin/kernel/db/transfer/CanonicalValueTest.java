package id.jalin.kernel.db.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** One text per value whatever database it came from, and back to the same value. */
class CanonicalValueTest {
    @Test
    void valuesThatDatabasesReturnDifferentlyRenderTheSame() {
        assertThat(CanonicalValue.render(new BigDecimal("25000.00"))).isEqualTo(CanonicalValue.render(new BigDecimal("25000")));
        assertThat(CanonicalValue.render(LocalDateTime.of(2026, 11, 24, 9, 0)))
                .isEqualTo("2026-11-24T09:00:00.000000000");
        assertThat(CanonicalValue.render(Boolean.TRUE)).isEqualTo("true");
        assertThat(CanonicalValue.render(null)).isEqualTo("\\N");
        assertThat(CanonicalValue.render("\\N")).isNotEqualTo(CanonicalValue.render(null));
    }

    @Test
    void everyValueReadsBackAsItWas() {
        assertThat(CanonicalValue.parse(CanonicalValue.render(TransferFixture.AWKWARD), String.class))
                .isEqualTo(TransferFixture.AWKWARD);
        assertThat(CanonicalValue.render(TransferFixture.AWKWARD)).doesNotContain("\t", "\n", "\r");
        LocalDateTime micros = LocalDateTime.of(2026, 11, 24, 9, 15, 30, 123_456_000);
        assertThat(CanonicalValue.parse(CanonicalValue.render(micros), LocalDateTime.class)).isEqualTo(micros);
        assertThat(CanonicalValue.parse(CanonicalValue.render(LocalDate.of(2026, 8, 31)), LocalDate.class))
                .isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat((byte[]) CanonicalValue.parse(CanonicalValue.render(new byte[] {0, -1, 10}), byte[].class))
                .containsExactly(0, -1, 10);
        assertThat(CanonicalValue.parse(CanonicalValue.render(Long.MAX_VALUE), Long.class)).isEqualTo(Long.MAX_VALUE);
        assertThat(CanonicalValue.parse("\\N", String.class)).isNull();
    }
}
