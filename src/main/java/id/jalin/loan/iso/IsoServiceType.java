package id.jalin.loan.iso;

/** The service asked for ({@code type_serviceType}); other systems may ask for either. */
public enum IsoServiceType implements IsoXmlValue {
    COPY("Copy"),
    LOAN("Loan"),
    COPY_OR_LOAN("CopyOrLoan");

    private final String xmlValue;

    IsoServiceType(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    @Override
    public String xmlValue() {
        return xmlValue;
    }

    /** The constant spelled {@code text} in the XML. */
    public static IsoServiceType fromXml(String text) {
        return IsoXmlValue.fromXml(IsoServiceType.class, text);
    }
}
