package id.jalin.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The badge code: printable, read back from a scan, a misread digit never naming someone else. */
class BadgeCodeTest {
    @Test
    void aCodeIsJtTheNumberAndACheckDigit() {
        assertThat(BadgeCode.of(42)).matches("JT0000042\\d");
        assertThat(BadgeCode.registrationOf(" jt" + BadgeCode.of(42).substring(2) + "\n")).contains(42L);
    }

    @Test
    void somethingElseIsNoBadge() {
        assertThat(BadgeCode.registrationOf("")).isEmpty();
        assertThat(BadgeCode.registrationOf("1234-5678-9012")).isEmpty();
        assertThat(BadgeCode.registrationOf("JTABCDEFGH")).isEmpty();
    }

    @Property
    void everyCodeReadsBackAndOneWrongDigitIsCaught(@ForAll @LongRange(min = 1, max = 9_999_999) long id,
                                                    @ForAll @LongRange(min = 0, max = 7) long position) {
        String code = BadgeCode.of(id);
        assertThat(BadgeCode.registrationOf(code)).contains(id);
        int at = 2 + (int) position;
        char digit = code.charAt(at);
        String misread = code.substring(0, at) + (char) ('0' + (digit - '0' + 1) % 10) + code.substring(at + 1);
        assertThat(BadgeCode.registrationOf(misread)).isEmpty();
    }
}
