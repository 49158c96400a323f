package id.jalin.agreement.domain;

/**
 * One side of an agreement: a member library from the register ({@code libraryId} set) or an outside body such as
 * a sponsor ({@code libraryId} null), with who signs for it, in which position, and where.
 */
public record Party(Long libraryId, String name, String signatoryName, String signatoryPosition, String signingPlace) {
    public Party {
        name = clean(name);
        signatoryName = clean(signatoryName);
        signatoryPosition = clean(signatoryPosition);
        signingPlace = clean(signingPlace);
    }

    public static Party member(long libraryId, String libraryName, String signatory, String position, String place) {
        return new Party(libraryId, libraryName, signatory, position, place);
    }

    public static Party outsideBody(String name, String signatory, String position, String place) {
        return new Party(null, name, signatory, position, place);
    }

    public boolean isMember() {
        return libraryId != null;
    }

    /** Whether two entries name the same party: the same member, or outside bodies with the same name. */
    public boolean sameAs(Party other) {
        if (isMember() || other.isMember()) {
            return isMember() && other.isMember() && libraryId.equals(other.libraryId);
        }
        return name.equalsIgnoreCase(other.name);
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
