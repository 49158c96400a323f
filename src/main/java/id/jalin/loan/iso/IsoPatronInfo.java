package id.jalin.loan.iso;

/** The user the borrowing library asks for; each may be null. {@code patronType}: e.g. student, lecturer, staff. */
public record IsoPatronInfo(String patronId, String surname, String givenName, String patronType) {
    public IsoPatronInfo {
        patronId = IsoText.orNull(patronId);
        surname = IsoText.orNull(surname);
        givenName = IsoText.orNull(givenName);
        patronType = IsoText.orNull(patronType);
    }
}
