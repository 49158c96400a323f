package id.jalin.loan.iso;

/** Where and when the work appeared; each may be null. {@code publicationDate} is free text, as in the schema. */
public record IsoPublicationInfo(String publisher, String publicationDate, String placeOfPublication) {
    public IsoPublicationInfo {
        publisher = IsoText.orNull(publisher);
        publicationDate = IsoText.orNull(publicationDate);
        placeOfPublication = IsoText.orNull(placeOfPublication);
    }
}
