package id.jalin.loan.iso;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The header every message carries. {@code timestamp} is the moment the message was made, in Asia/Jakarta;
 * {@code multipleItemRequestId} and {@code supplyingAgencyRequestId} may be null (the first is written as the
 * empty element the schema requires, the second is left out).
 */
public record IsoHeader(
        IsoAgencyId supplyingAgencyId,
        IsoAgencyId requestingAgencyId,
        String multipleItemRequestId,
        LocalDateTime timestamp,
        String requestingAgencyRequestId,
        String supplyingAgencyRequestId) {

    public IsoHeader {
        Objects.requireNonNull(supplyingAgencyId, "supplyingAgencyId");
        Objects.requireNonNull(requestingAgencyId, "requestingAgencyId");
        multipleItemRequestId = IsoText.orNull(multipleItemRequestId);
        Objects.requireNonNull(timestamp, "timestamp");
        requestingAgencyRequestId = IsoText.required(requestingAgencyRequestId, "requestingAgencyRequestId");
        supplyingAgencyRequestId = IsoText.orNull(supplyingAgencyRequestId);
    }
}
