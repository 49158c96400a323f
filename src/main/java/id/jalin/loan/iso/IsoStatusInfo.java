package id.jalin.loan.iso;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The request's state at the lender. {@code expectedDeliveryDate} and {@code dueDate} may be null;
 * {@code lastChange} is the moment the state last changed, in Asia/Jakarta.
 */
public record IsoStatusInfo(IsoStatus status, LocalDate expectedDeliveryDate, LocalDate dueDate,
        LocalDateTime lastChange) {

    public IsoStatusInfo {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastChange, "lastChange");
    }
}
