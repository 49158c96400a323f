package id.jalin.agreement.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

final class TestClock {
    private TestClock() {
    }

    static Clock on(LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        return Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone);
    }
}
