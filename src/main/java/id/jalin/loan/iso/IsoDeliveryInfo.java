package id.jalin.loan.iso;

import java.time.LocalDateTime;
import java.util.Objects;

/** When the lender sent the item (Asia/Jakarta) and, if it says, which copy ({@code itemId}, may be null). */
public record IsoDeliveryInfo(LocalDateTime dateSent, String itemId) {
    public IsoDeliveryInfo {
        Objects.requireNonNull(dateSent, "dateSent");
        itemId = IsoText.orNull(itemId);
    }
}
