package id.jalin.loan.iso;

/** A standard number of the wanted work: the number and its kind ({@code ISBN}, {@code ISSN}, ...). */
public record IsoBibliographicItemId(String identifier, String code) {
    public IsoBibliographicItemId {
        identifier = IsoText.required(identifier, "bibliographicItemIdentifier");
        code = IsoText.required(code, "bibliographicItemIdentifierCode");
    }
}
