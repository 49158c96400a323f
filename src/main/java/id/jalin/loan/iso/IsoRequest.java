package id.jalin.loan.iso;

import java.util.List;
import java.util.Objects;

/**
 * A request from a borrowing library. {@code publicationInfo}, {@code serviceInfo} and {@code patronInfo} may be
 * null; {@code suppliers} is the rota in the order written and read. Billing, delivery addresses and the
 * requesting agency's own address block are not carried: a forum loan does not use them.
 */
public record IsoRequest(
        IsoHeader header,
        IsoBibliographicInfo bibliographicInfo,
        IsoPublicationInfo publicationInfo,
        IsoServiceInfo serviceInfo,
        List<IsoSupplierInfo> suppliers,
        IsoPatronInfo patronInfo) implements IsoMessage {

    public IsoRequest {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(bibliographicInfo, "bibliographicInfo");
        suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
    }
}
