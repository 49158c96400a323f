package id.jalin.loan.iso;

/** What the borrower did or asks ({@code type_action}). */
public enum IsoAction implements IsoXmlValue {
    STATUS_REQUEST("StatusRequest"),
    RECEIVED("Received"),
    CANCEL("Cancel"),
    RENEW("Renew"),
    SHIPPED_RETURN("ShippedReturn"),
    SHIPPED_FORWARD("ShippedForward"),
    NOTIFICATION("Notification");

    private final String xmlValue;

    IsoAction(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    @Override
    public String xmlValue() {
        return xmlValue;
    }

    /** The constant spelled {@code text} in the XML. */
    public static IsoAction fromXml(String text) {
        return IsoXmlValue.fromXml(IsoAction.class, text);
    }
}
