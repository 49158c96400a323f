package id.jalin.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;


import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.util.ICalDate;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.kernel.access.TestPermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The .ics file parsed back with biweekly, as a calendar program would read it. */
class AgreementCalendarTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** 09:00 in Jakarta is 02:00 UTC. */
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private final InMemoryAgreementRepository repository = new InMemoryAgreementRepository();
    private final id.jalin.forum.domain.InMemoryForumProfileRepository forum =
            id.jalin.forum.domain.InMemoryForumProfileRepository.named();
    private final AgreementService service = new AgreementService(repository,
            new id.jalin.forum.domain.ForumProfileService(forum, TestPermissions.AS_COORDINATOR), TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    private final AgreementCalendar.Words words = new AgreementCalendar.Words(
            a -> "Berakhir: " + a.titleId(), (a, o) -> o.descriptionId(), a -> a.number().text());

    private Agreement saved(Agreement agreement) {
        return repository.save(agreement);
    }

    private static Agreement pks(LocalDate end, Obligation... obligations) {
        return Agreements.pks(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), end)
                .withObligations(List.of(obligations));
    }

    private ICalendar parsed() {
        String ics = service.calendar(words);
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        return calendar;
    }

    private static LocalDate day(ICalDate date) {
        assertThat(date.hasTime()).isFalse();
        var raw = date.getRawComponents();
        return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
    }

    private static List<LocalDate> starts(ICalendar calendar, String summary) {
        return calendar.getEvents().stream().filter(e -> e.getSummary().getValue().equals(summary))
                .map(e -> day(e.getDateStart().getValue())).toList();
    }

    @Test
    void expiryRingsAtTheForumsWarningWindowAndObligationsAtTheDueSoonWindow() {
        ForumProfile profile = forum.load();
        forum.save(new ForumProfile(profile.version(), profile.name(), profile.code(),
                profile.address(), profile.city(), profile.phone(), profile.email(), profile.website(), null, 60));
        saved(pks(LocalDate.of(2027, 12, 31), Obligation.once(2, "Kirim 10 terbitan", "", LocalDate.of(2027, 3, 1))));

        ICalendar calendar = parsed();

        VEvent expiry = calendar.getEvents().stream()
                .filter(e -> e.getSummary().getValue().startsWith("Berakhir")).findFirst().orElseThrow();
        assertThat(day(expiry.getDateStart().getValue())).isEqualTo(LocalDate.of(2027, 12, 31));
        VAlarm alarm = expiry.getAlarms().get(0);
        assertThat(alarm.getAction().isDisplay()).isTrue();
        assertThat(alarm.getTrigger().getRelated()).isEqualTo(Related.START);
        assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("-P60D");
        assertThat(alarm.getDescription().getValue()).isEqualTo(expiry.getSummary().getValue());

        VEvent due = calendar.getEvents().stream()
                .filter(e -> e.getSummary().getValue().equals("Kirim 10 terbitan")).findFirst().orElseThrow();
        assertThat(due.getAlarms()).singleElement().satisfies(a ->
                assertThat(a.getTrigger().getDuration().toString()).isEqualTo("-P" + ObligationSchedule.DUE_SOON_DAYS + "D"));
    }

    @Test
    void stampIsTheClocksInstantInUtc() {
        saved(pks(LocalDate.of(2027, 12, 31)));

        String ics = service.calendar(words);
        ICalendar calendar = Biweekly.parse(ics).first();

        assertThat(calendar.getEvents()).allSatisfy(e ->
                assertThat(e.getDateTimeStamp().getValue()).isEqualTo(Date.from(NOW)));
        assertThat(ics).contains("DTSTAMP:20261124T020000Z");
    }

    @Test
    void uidsCarryTheDatabaseIdentifierAndAreUnique() {
        saved(pks(LocalDate.of(2027, 12, 31), new Obligation(null, 2, "Laporan", "", Recurrence.YEARLY,
                LocalDate.of(2025, 12, 31), List.of())));

        List<String> uids = parsed().getEvents().stream().map(e -> e.getUid().getValue()).toList();

        assertThat(uids).hasSize(4).doesNotHaveDuplicates()
                .allSatisfy(uid -> assertThat(uid).contains(InMemoryAgreementRepository.DATABASE_ID));
    }

    @Test
    void quarterlyDueDatesFallOnTheQuartersRealEnds() {
        saved(pks(LocalDate.of(2027, 6, 30), new Obligation(null, 1, "Lapor kunjungan", "", Recurrence.QUARTERLY,
                LocalDate.of(2026, 6, 30), List.of())));

        assertThat(starts(parsed(), "Lapor kunjungan")).containsExactly(LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 6, 30));
    }

    @Test
    void fulfilledOccurrencesAndTerminatedAgreementsAreLeftOut() {
        Agreement agreement = saved(pks(LocalDate.of(2026, 12, 31),
                new Obligation(null, 1, "Lapor kunjungan", "", Recurrence.QUARTERLY, LocalDate.of(2026, 3, 31), List.of()),
                Obligation.once(2, "Kirim 10 terbitan", "", LocalDate.of(2026, 3, 1))));
        for (Obligation obligation : agreement.obligations()) {
            repository.recordFulfilment(obligation.id(), new Fulfilment(null, LocalDate.of(2026, 3, 20), "", "Rina",
                    LocalDateTime.of(2026, 3, 20, 10, 0)));
        }
        saved(Agreements.withNumber(pks(LocalDate.of(2027, 12, 31)), new AgreementNumber("002/PKS/X/2026", 2026, 2))
                .withTermination(new Termination(LocalDate.of(2026, 6, 1), "Bubar")));

        ICalendar calendar = parsed();

        assertThat(starts(calendar, "Lapor kunjungan")).containsExactly(LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
        assertThat(starts(calendar, "Kirim 10 terbitan")).isEmpty();
        assertThat(calendar.getEvents()).extracting(e -> e.getDescription().getValue())
                .doesNotContain("002/PKS/X/2026");
    }

    @Test
    void allDayDatesDoNotShiftWithTheComputersTimeZone() {
        saved(pks(LocalDate.of(2027, 12, 31)));
        TimeZone original = TimeZone.getDefault();
        List<String> written = new ArrayList<>();
        try {
            for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Jakarta")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                written.add(service.calendar(words).lines().filter(l -> l.startsWith("DTSTART")).findFirst().orElseThrow());
            }
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(written).containsOnly("DTSTART;VALUE=DATE:20271231");
    }

    @Test
    void textIsEscapedAndLinesFoldedAsTheStandardAsks() {
        saved(pks(LocalDate.of(2027, 12, 31), new Obligation(null, 2,
                "Laporan; tahunan, ringkas \u2013 dikirim ke sekretariat forum perpustakaan perguruan tinggi Jawa Barat",
                "", Recurrence.ONCE, LocalDate.of(2026, 12, 31), List.of())));

        String ics = service.calendar(words);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("SUMMARY:Laporan\\; tahunan\\, ringkas");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(starts(Biweekly.parse(ics).first(), "Laporan; tahunan, ringkas \u2013 dikirim ke sekretariat forum "
                + "perpustakaan perguruan tinggi Jawa Barat")).containsExactly(LocalDate.of(2026, 12, 31));
    }
}
