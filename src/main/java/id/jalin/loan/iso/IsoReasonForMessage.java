package id.jalin.loan.iso;

/** Why the lender writes ({@code type_reasonForMessage}). */
public enum IsoReasonForMessage implements IsoXmlValue {
    REQUEST_RESPONSE("RequestResponse"),
    STATUS_REQUEST_RESPONSE("StatusRequestResponse"),
    RENEW_RESPONSE("RenewResponse"),
    CANCEL_RESPONSE("CancelResponse"),
    STATUS_CHANGE("StatusChange"),
    NOTIFICATION("Notification");

    private final String xmlValue;

    IsoReasonForMessage(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    @Override
    public String xmlValue() {
        return xmlValue;
    }

    /** The constant spelled {@code text} in the XML. */
    public static IsoReasonForMessage fromXml(String text) {
        return IsoXmlValue.fromXml(IsoReasonForMessage.class, text);
    }
}
