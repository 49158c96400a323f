package id.jalin.loan.iso;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Jalin's instants and dates as {@code xs:dateTime}. Jalin keeps instants as local times in Asia/Jakarta and
 * writes them with that offset (+07:00); what it reads, in any offset or in UTC, is brought to Asia/Jakarta. A
 * value without an offset is taken as Jakarta time. A calendar date that is a deadline (due, needed before,
 * expected) goes out as the last second of that day, so no system reads it as already past on the day itself; the
 * first day a retry makes sense goes out as the first second of that day.
 */
final class IsoDateTimes {
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private IsoDateTimes() {
    }

    static String write(LocalDateTime jakartaTime) {
        return jakartaTime.atZone(JAKARTA).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String writeDeadline(LocalDate day) {
        return write(day.atTime(END_OF_DAY));
    }

    static String writeStartOfDay(LocalDate day) {
        return write(day.atStartOfDay());
    }

    /** The instant in Asia/Jakarta; throws {@link DateTimeParseException} for what Java cannot read. */
    static LocalDateTime read(String text) {
        TemporalAccessor parsed = READ.parse(text);
        LocalDateTime local = LocalDateTime.from(parsed);
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return local;
        }
        return OffsetDateTime.from(parsed).atZoneSameInstant(JAKARTA).toLocalDateTime();
    }

    static LocalDate readDate(String text) {
        return read(text).toLocalDate();
    }
}
