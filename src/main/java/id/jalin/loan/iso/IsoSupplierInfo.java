package id.jalin.loan.iso;

/**
 * One lender in the request's rota: its place ({@code sortOrder}, 1 first; may be null when the sender does not
 * rank), who it is ({@code supplierCode}, may be null) and its call number for the work (may be null).
 */
public record IsoSupplierInfo(Integer sortOrder, IsoAgencyId supplierCode, String callNumber) {
    public IsoSupplierInfo {
        callNumber = IsoText.orNull(callNumber);
    }
}
