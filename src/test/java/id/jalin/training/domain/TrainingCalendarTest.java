package id.jalin.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The .ics parsed back with biweekly: each session a timed event at its Jakarta hour, the zone described. */
class TrainingCalendarTest {
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    private static List<EventDetail> events() {
        TrainingEvent event = new TrainingEvent(5L, EventKind.WORKSHOP, "Lokakarya katalogisasi RDA \u2013 angkatan II",
                "RDA cataloguing workshop", 7, "Aula Perpustakaan UPI, Jl. Dr. Setiabudhi 229", DAY, DAY.plusDays(1),
                DAY.minusDays(3), 30, null, Money.of(150_000), "", "Rina", "0812", "rina@contoh.id", 100,
                EventStatus.OPEN, 1);
        List<TrainingSession> sessions = List.of(
                new TrainingSession(11L, 5, DAY, LocalTime.of(9, 0), LocalTime.of(12, 0), "Dasar RDA", "Dr. Asep", 1),
                new TrainingSession(12L, 5, DAY.plusDays(1), LocalTime.of(13, 30), LocalTime.of(16, 0), "Praktik",
                        "", 1));
        TrainingEvent planned = new TrainingEvent(6L, EventKind.SEMINAR, "Seminar literasi", "", 7, "Daring",
                DAY.plusDays(20), DAY.plusDays(20), DAY.plusDays(15), 100, null, Money.ZERO, "", "", "", "", 100,
                EventStatus.PLANNED, 1);
        return List.of(new EventDetail(event, sessions), new EventDetail(planned, List.of()));
    }

    private static String written(Language language) {
        return new TrainingCalendar(new Messages(language), "db-1").write(events(), NOW);
    }

    @Test
    void sessionsAreTimedEventsInJakartaTimeWithTheZoneDescribed() {
        String ics = written(Language.INDONESIAN);
        assertThat(ics).contains("DTSTART;TZID=Asia/Jakarta:20261210T090000")
                .contains("DTEND;TZID=Asia/Jakarta:20261210T120000").contains("BEGIN:VTIMEZONE")
                .contains("TZID:Asia/Jakarta").contains("TZOFFSETTO:+0700");
        ICalendar calendar = Biweekly.parse(ics).first();
        VTimezone zone = calendar.getTimezoneInfo().getComponents().iterator().next();
        assertThat(zone.getTimezoneId().getValue()).isEqualTo("Asia/Jakarta");
        VEvent first = byUid(calendar, "training-session-11-db-1@jalin");
        assertThat(first.getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(DAY.atTime(9, 0), TrainingCalendar.JAKARTA).toInstant());
        assertThat(first.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-10T05:00:00Z"));
        assertThat(first.getSummary().getValue()).isEqualTo("Lokakarya katalogisasi RDA \u2013 angkatan II: Dasar RDA");
        assertThat(first.getLocation().getValue()).isEqualTo("Aula Perpustakaan UPI, Jl. Dr. Setiabudhi 229");
        assertThat(first.getDescription().getValue()).contains("Lokakarya").contains("Pemateri: Dr. Asep");
        VEvent second = byUid(calendar, "training-session-12-db-1@jalin");
        assertThat(second.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-11T06:30:00Z"));
    }

    @Test
    void anEventWithoutSessionsIsOneAllDayEventOverItsDays() {
        ICalendar calendar = Biweekly.parse(written(Language.ENGLISH)).first();
        VEvent planned = byUid(calendar, "training-event-6-db-1@jalin");
        assertThat(planned.getDateStart().getValue().hasTime()).isFalse();
        assertThat(planned.getDateStart().getValue().getRawComponents().getDate()).isEqualTo(30);
        assertThat(planned.getDateEnd().getValue().getRawComponents().getDate()).isEqualTo(31);
        assertThat(planned.getStatus().isTentative()).isTrue();
        assertThat(byUid(calendar, "training-session-11-db-1@jalin").getSummary().getValue())
                .isEqualTo("RDA cataloguing workshop: Dasar RDA");
    }

    @Test
    void theHourIsTheSameWhateverTheComputersZone() {
        TimeZone before = TimeZone.getDefault();
        List<Instant> starts = new ArrayList<>();
        try {
            for (String zone : List.of("America/Los_Angeles", "Asia/Jakarta", "Pacific/Auckland")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                ICalendar calendar = Biweekly.parse(written(Language.INDONESIAN)).first();
                starts.add(byUid(calendar, "training-session-11-db-1@jalin").getDateStart().getValue().toInstant());
            }
        } finally {
            TimeZone.setDefault(before);
        }
        assertThat(starts).containsOnly(Instant.parse("2026-12-10T02:00:00Z"));
    }

    @Test
    void linesAreFoldedAtSeventyFiveOctets() {
        for (String line : written(Language.INDONESIAN).split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    private static VEvent byUid(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(event -> event.getUid().getValue().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }
}
