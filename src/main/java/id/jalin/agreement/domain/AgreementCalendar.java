package id.jalin.agreement.domain;

import id.jalin.kernel.text.CalendarLineFolding;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.ICalDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Agreement end dates and obligation due dates as an iCalendar file (RFC 5545) that calendar programs import:
 * one all-day event each, with an alarm as long before the day as Jalin itself starts to warn (the forum's
 * expiry window for an agreement, {@link ObligationSchedule#DUE_SOON_DAYS} for an obligation). Occurrences already
 * fulfilled and terminated agreements are left out. UIDs carry the database's identifier, so two databases
 * exporting into one calendar never overwrite each other's events, while a second export of the same database
 * updates the events of the first. Written with biweekly, which does the escaping, folding and UTC stamps.
 */
public final class AgreementCalendar {
    static final String PRODUCT_ID = "-//Jalin//Agreements//ID";

    /** The words the events use, already in the user's language. */
    public record Words(Function<Agreement, String> expirySummary,
                        BiFunction<Agreement, Obligation, String> obligationSummary,
                        Function<Agreement, String> description) {
    }

    private final Words words;
    private final String databaseId;
    private final int expiryWarningDays;

    /**
     * @param databaseId        this database's stable identifier, part of every UID
     * @param expiryWarningDays the forum's warning window: the expiry alarm rings that many days before
     */
    public AgreementCalendar(Words words, String databaseId, int expiryWarningDays) {
        this.words = words;
        this.databaseId = databaseId;
        this.expiryWarningDays = expiryWarningDays;
    }

    /**
     * @param today the day that decides automatic renewals (see {@link Agreement#effectiveEnd})
     * @param stamp when the file is written; DTSTAMP carries it in UTC
     */
    public String write(List<Agreement> agreements, LocalDate today, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        Date dtstamp = Date.from(stamp);
        for (Agreement agreement : agreements) {
            if (agreement.termination() != null) {
                continue;
            }
            LocalDate end = agreement.effectiveEnd(today);
            String description = words.description().apply(agreement);
            calendar.addEvent(event("agreement-" + agreement.id() + "-end", dtstamp, end,
                    words.expirySummary().apply(agreement), description, expiryWarningDays));
            for (Obligation obligation : agreement.obligations()) {
                List<LocalDate> due = obligation.dueDates(end);
                // Each fulfilment covers the earliest occurrence still open (see ObligationSchedule).
                int fulfilled = Math.min(obligation.fulfilments().size(), due.size());
                for (int i = fulfilled; i < due.size(); i++) {
                    calendar.addEvent(event("obligation-" + obligation.id() + "-" + i, dtstamp, due.get(i),
                            words.obligationSummary().apply(agreement, obligation), description,
                            ObligationSchedule.DUE_SOON_DAYS));
                }
            }
        }
        // biweekly folds at 75 characters; the standard says 75 octets, which an en dash or a name in Javanese script
        // exceeds. So biweekly writes unfolded lines (line breaks inside values are escaped) and Jalin folds them.
        return CalendarLineFolding.fold(Biweekly.write(calendar).foldLines(false).go());
    }

    private VEvent event(String key, Date dtstamp, LocalDate day, String summary, String description,
                         int alarmDaysBefore) {
        VEvent event = new VEvent();
        event.setUid(key + "-" + databaseId + "@jalin");
        event.setDateTimeStamp(dtstamp);
        event.setDateStart(new DateStart(allDay(day)));
        event.setDateEnd(new DateEnd(allDay(day.plusDays(1))));
        event.setSummary(summary);
        event.setDescription(description);
        // A reminder, not a meeting: the day stays free in the user's calendar.
        event.setTransparency(true);
        Duration before = new Duration.Builder().prior(true).days(alarmDaysBefore).build();
        event.addAlarm(VAlarm.display(new Trigger(before, Related.START), summary));
        return event;
    }

    /**
     * A date without a time. biweekly writes a date-only value in the computer's default time zone, so the
     * instant is that zone's midnight: otherwise the day would shift west of UTC.
     */
    private static ICalDate allDay(LocalDate day) {
        Date midnight = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        return new ICalDate(midnight,
                new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }
}
