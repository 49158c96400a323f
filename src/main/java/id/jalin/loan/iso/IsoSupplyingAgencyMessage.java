package id.jalin.loan.iso;

import java.util.Objects;

/** A message from the lender about a request. {@code deliveryInfo} may be null; return addresses are not carried. */
public record IsoSupplyingAgencyMessage(IsoHeader header, IsoMessageInfo messageInfo, IsoStatusInfo statusInfo,
        IsoDeliveryInfo deliveryInfo) implements IsoMessage {

    public IsoSupplyingAgencyMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(messageInfo, "messageInfo");
        Objects.requireNonNull(statusInfo, "statusInfo");
    }
}
