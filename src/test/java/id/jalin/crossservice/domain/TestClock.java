package id.jalin.crossservice.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock stopped at 09:00 Jakarta time on a given day. */
public final class TestClock {
    private TestClock() {
    }

    public static Clock on(LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        return Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone);
    }
}
