package id.jalin.training.domain;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Training events as an iCalendar file (RFC 5545): each session a timed event in Asia/Jakarta time, its DTSTART and
 * DTEND carrying {@code TZID=Asia/Jakarta} and the file the zone's VTIMEZONE, so a calendar abroad shows the right
 * hour. An event without sessions yet is one all-day event over its days. UIDs carry the database's identifier like
 * the agreement calendar's (decision 0010), so exporting again updates the events. The zone is written by Jalin rather
 * than downloaded (biweekly would fetch it from tzurl.org): Western Indonesia Time is UTC+7 all year, without summer
 * time since 1964, so one STANDARD observance says everything.
 */
final class TrainingCalendar {
    static final String PRODUCT_ID = "-//Jalin//Training//ID";
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final Messages messages;
    private final String databaseId;

    TrainingCalendar(Messages messages, String databaseId) {
        this.messages = messages;
        this.databaseId = databaseId;
    }

    String write(List<EventDetail> events, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        TimezoneAssignment jakarta = new TimezoneAssignment(TimeZone.getTimeZone(JAKARTA), jakartaComponent());
        Date dtstamp = Date.from(stamp);
        for (EventDetail detail : events) {
            TrainingEvent event = detail.event();
            if (detail.sessions().isEmpty()) {
                VEvent whole = event("event-" + event.id(), dtstamp, event, title(event), event.venue());
                whole.setDateStart(new DateStart(allDay(event.startsOn())));
                whole.setDateEnd(new DateEnd(allDay(event.endsOn().plusDays(1))));
                calendar.addEvent(whole);
                continue;
            }
            for (TrainingSession session : detail.sessions()) {
                VEvent timed = event("session-" + session.id(), dtstamp, event,
                        messages.get("training.calendar.summary", title(event), session.topic()), event.venue());
                DateStart start = new DateStart(at(session.heldOn(), session.startsAt()), true);
                DateEnd end = new DateEnd(at(session.heldOn(), session.endsAt()), true);
                timed.setDateStart(start);
                timed.setDateEnd(end);
                calendar.getTimezoneInfo().setTimezone(start, jakarta);
                calendar.getTimezoneInfo().setTimezone(end, jakarta);
                if (!session.speaker().isEmpty()) {
                    timed.setDescription(description(event) + "\n"
                            + messages.get("training.calendar.speaker", session.speaker()));
                }
                calendar.addEvent(timed);
            }
        }
        // like the agreement calendar: biweekly folds at 75 characters, the standard at 75 octets
        return CalendarFolding.fold(Biweekly.write(calendar).foldLines(false).go());
    }

    private VEvent event(String key, Date dtstamp, TrainingEvent event, String summary, String venue) {
        VEvent vevent = new VEvent();
        vevent.setUid("training-" + key + "-" + databaseId + "@jalin");
        vevent.setDateTimeStamp(dtstamp);
        vevent.setSummary(summary);
        if (!venue.isEmpty()) {
            vevent.setLocation(venue);
        }
        vevent.setDescription(description(event));
        if (event.status() == EventStatus.CANCELLED) {
            vevent.setStatus(Status.cancelled());
        } else if (event.status() == EventStatus.PLANNED) {
            vevent.setStatus(Status.tentative());
        } else {
            vevent.setStatus(Status.confirmed());
        }
        return vevent;
    }

    private String title(TrainingEvent event) {
        return messages.language() == Language.ENGLISH ? event.titleEnOrId() : event.titleId();
    }

    private String description(TrainingEvent event) {
        String text = messages.get("training.calendar.description", messages.label("training.kind", event.kind()),
                messages.label("training.status", event.status()));
        String contact = String.join(" ", java.util.stream.Stream.of(event.contactName(), event.contactPhone(),
                event.contactEmail()).filter(part -> !part.isEmpty()).toList());
        return contact.isEmpty() ? text : text + "\n" + messages.get("training.calendar.contact", contact);
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(LocalDateTime.of(day, time).atZone(JAKARTA).toInstant());
    }

    /** A date without a time, as the agreement calendar writes it: the computer's midnight of that day. */
    private static ICalDate allDay(LocalDate day) {
        Date midnight = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        return new ICalDate(midnight,
                new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    /** Asia/Jakarta: UTC+7 all year (WIB), one standard observance. */
    static VTimezone jakartaComponent() {
        VTimezone zone = new VTimezone(JAKARTA.getId());
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 7, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 7, 0));
        standard.addTimezoneName("WIB");
        zone.addStandardTime(standard);
        return zone;
    }
}
