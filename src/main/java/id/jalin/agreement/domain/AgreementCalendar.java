package id.jalin.agreement.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Agreement end dates and obligation due dates as an iCalendar file (RFC 5545) that calendar programs import:
 * one all-day event each. Written here rather than with a calendar library because only all-day VEVENTs are
 * needed; escaping and 75-octet line folding are what the standard asks for.
 */
public final class AgreementCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The words the events use, in the user's language. */
    public record Words(Function<Agreement, String> expirySummary, Function<Obligation, String> obligationSummary) {
    }

    private final Words words;

    public AgreementCalendar(Words words) {
        this.words = words;
    }

    public String write(List<Agreement> agreements, LocalDate today, LocalDateTime stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Jalin//Agreements//ID");
        line(out, "CALSCALE:GREGORIAN");
        String dtstamp = STAMP.format(stamp.atOffset(ZoneOffset.UTC));
        for (Agreement agreement : agreements) {
            if (agreement.termination() != null) {
                continue;
            }
            LocalDate end = agreement.effectiveEnd(today);
            event(out, "agreement-" + agreement.id() + "-end@jalin", dtstamp, end,
                    words.expirySummary().apply(agreement), agreement.number().text());
            for (Obligation obligation : agreement.obligations()) {
                List<LocalDate> due = obligation.dueDates(end);
                for (int i = 0; i < due.size(); i++) {
                    event(out, "obligation-" + obligation.id() + "-" + i + "@jalin", dtstamp, due.get(i),
                            words.obligationSummary().apply(obligation), agreement.number().text());
                }
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, String uid, String dtstamp, LocalDate day, String summary,
                              String description) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid);
        line(out, "DTSTAMP:" + dtstamp);
        line(out, "DTSTART;VALUE=DATE:" + DAY.format(day));
        line(out, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line(out, "SUMMARY:" + escape(summary));
        line(out, "DESCRIPTION:" + escape(description));
        line(out, "END:VEVENT");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Writes one content line folded at 75 octets, never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
