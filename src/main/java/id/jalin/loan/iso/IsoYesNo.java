package id.jalin.loan.iso;

/** A yes or no answer ({@code type_yesNo}), e.g. to a renewal. */
public enum IsoYesNo implements IsoXmlValue {
    YES("Y"),
    NO("N");

    private final String xmlValue;

    IsoYesNo(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    @Override
    public String xmlValue() {
        return xmlValue;
    }

    /** The constant spelled {@code text} in the XML. */
    public static IsoYesNo fromXml(String text) {
        return IsoXmlValue.fromXml(IsoYesNo.class, text);
    }
}
