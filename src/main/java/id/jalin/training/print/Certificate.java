package id.jalin.training.print;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One certificate (sertifikat). The event's days and the date of issue are dates, worded by the printer in both
 * languages ("12\u201314 Maret 2026" / "12\u201314 March 2026"), so the caller cannot print one language's date
 * under the other's words; {@code hours} is the time of the sessions attended. {@code venue} may be blank.
 */
public record Certificate(String number, String name, TrainingRole role, String eventTitleId, String eventTitleEn,
                          String venue, LocalDate firstDay, LocalDate lastDay, Duration hours, String place,
                          LocalDate issued) {
    public Certificate {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("A certificate needs its number");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
        if (hours.isNegative()) {
            throw new IllegalArgumentException("Hours cannot be negative");
        }
        venue = venue == null ? "" : venue;
        eventTitleEn = eventTitleEn == null || eventTitleEn.isBlank() ? eventTitleId : eventTitleEn;
    }
}
