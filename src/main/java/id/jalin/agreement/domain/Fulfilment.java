package id.jalin.agreement.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An entry in an obligation's log: on what date it was fulfilled, a note, who recorded it and when. */
public record Fulfilment(Long id, LocalDate fulfilledOn, String note, String recordedBy, LocalDateTime recordedAt) {
    public Fulfilment {
        note = note == null ? "" : note.strip();
        recordedBy = recordedBy == null ? "" : recordedBy.strip();
    }
}
