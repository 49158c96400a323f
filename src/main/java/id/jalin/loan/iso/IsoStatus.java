package id.jalin.loan.iso;

/** The lender's state of a request ({@code type_status}). */
public enum IsoStatus implements IsoXmlValue {
    REQUEST_RECEIVED("RequestReceived"),
    EXPECT_TO_SUPPLY("ExpectToSupply"),
    WILL_SUPPLY("WillSupply"),
    LOANED("Loaned"),
    OVERDUE("Overdue"),
    RECALLED("Recalled"),
    RETRY_POSSIBLE("RetryPossible"),
    UNFILLED("Unfilled"),
    COPY_COMPLETED("CopyCompleted"),
    LOAN_COMPLETED("LoanCompleted"),
    COMPLETED_WITHOUT_RETURN("CompletedWithoutReturn"),
    CANCELLED("Cancelled");

    private final String xmlValue;

    IsoStatus(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    @Override
    public String xmlValue() {
        return xmlValue;
    }

    /** The constant spelled {@code text} in the XML. */
    public static IsoStatus fromXml(String text) {
        return IsoXmlValue.fromXml(IsoStatus.class, text);
    }
}
