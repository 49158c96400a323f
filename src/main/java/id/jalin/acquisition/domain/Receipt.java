package id.jalin.acquisition.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Copies of a line that arrived: how many, on which day, on which invoice, and who recorded them. */
public record Receipt(Long id, long lineId, int copies, LocalDate receivedOn, String invoiceNumber,
                      String recordedBy, LocalDateTime recordedAt) {
    public Receipt {
        invoiceNumber = invoiceNumber == null ? "" : invoiceNumber.strip();
        recordedBy = recordedBy == null ? "" : recordedBy;
    }
}
