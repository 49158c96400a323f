package id.jalin.loan.iso;

/**
 * An agency (library) as ISO 18626 names it: the kind of identifier ({@code type}, e.g. {@code ISIL}, or the
 * forum's own scheme; may be null, other systems send it empty) and the identifier itself.
 */
public record IsoAgencyId(String type, String value) {
    public IsoAgencyId {
        type = IsoText.orNull(type);
        value = IsoText.required(value, "agency id value");
    }
}
