package id.jalin.training.print;

import java.time.LocalDate;

/**
 * One person's badge: the name, institution and role, the event and its days, and the badge code that is scanned at
 * the door (printed as Code 128 and in plain digits under it). The event title is printed as given: the caller
 * passes the Indonesian title, which is the one the participants registered for.
 */
public record Badge(String name, String institution, TrainingRole role, String eventTitle, LocalDate firstDay,
                    LocalDate lastDay, String code) {
    public Badge {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A badge needs a code to scan");
        }
        institution = institution == null ? "" : institution;
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
    }
}
