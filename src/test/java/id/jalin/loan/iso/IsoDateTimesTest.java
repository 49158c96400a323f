package id.jalin.loan.iso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class IsoDateTimesTest {
    @Test
    void anInstantInAnyOffsetIsBroughtToJakarta() {
        assertThat(IsoDateTimes.read("2026-11-03T02:15:00Z")).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 15));
        assertThat(IsoDateTimes.read("2026-11-03T10:15:00+08:00")).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 15));
        assertThat(IsoDateTimes.read("2026-11-02T21:15:00-05:00")).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 15));
    }

    @Test
    void anInstantWithoutOffsetIsTakenAsJakartaTime() {
        assertThat(IsoDateTimes.read("2026-11-03T09:15:00")).isEqualTo(LocalDateTime.of(2026, 11, 3, 9, 15));
    }

    @Test
    void midnightWrittenAsTwentyFourIsTheStartOfTheNextDay() {
        assertThat(IsoDateTimes.readDate("2026-11-20T24:00:00+07:00")).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void aDueDateLateInTheDayInUtcIsThatDayInJakarta() {
        assertThat(IsoDateTimes.readDate("2026-12-01T16:59:59.000Z")).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(IsoDateTimes.readDate("2026-12-01T17:00:00Z")).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void fractionsOfASecondAreKept() {
        LocalDateTime moment = LocalDateTime.of(2026, 11, 3, 9, 15, 7, 123_456_789);

        assertThat(IsoDateTimes.write(moment)).isEqualTo("2026-11-03T09:15:07.123456789+07:00");
        assertThat(IsoDateTimes.read(IsoDateTimes.write(moment))).isEqualTo(moment);
    }
}
