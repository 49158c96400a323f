package id.jalin.training.print;

import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the attendance sheet (daftar hadir) of one session prints. {@code eventKind} is already worded in the
 * language the sheet is printed in (the caller has the domain's labels); {@code blankRows} numbered empty rows
 * follow the registered people, for those who register at the door.
 */
public record AttendanceSheet(LetterheadData letterhead, String eventTitle, String eventKind, String venue,
                              Session session, List<Row> rows, int blankRows) {
    public AttendanceSheet {
        rows = List.copyOf(rows);
        eventKind = eventKind == null ? "" : eventKind;
        venue = venue == null ? "" : venue;
        if (blankRows < 0) {
            throw new IllegalArgumentException("Blank rows cannot be negative");
        }
    }

    /** The session: its place in the event ("session 2 of 3"), when, the topic and who speaks. */
    public record Session(int number, int count, LocalDate date, LocalTime start, LocalTime end, String topic,
                          String speaker) {
        public Session {
            if (number < 1 || number > count) {
                throw new IllegalArgumentException("Session " + number + " of " + count + " does not exist");
            }
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("A session must end after it starts");
            }
            topic = topic == null ? "" : topic;
            speaker = speaker == null ? "" : speaker;
        }
    }

    /** One registered person; a guest may have no institution. */
    public record Row(String name, String institution) {
        public Row {
            institution = institution == null ? "" : institution;
        }
    }
}
