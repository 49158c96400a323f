package id.jalin.forum.domain;

import id.jalin.kernel.pdf.LetterheadData;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The forum itself, as printed on letterheads, cards and in agreement numbers: name, short code ("FPPTI-JABAR"),
 * address, contacts, logo, and how many days before its end an agreement counts as expiring. A new database holds
 * an unnamed profile until the first start asks for the name.
 */
public record ForumProfile(int version, String name, String code, String address, String city, String phone,
                           String email, String website, byte[] logo, int expiryWarningDays,
                           Signatory signatory) {
    public static final int DEFAULT_WARNING_DAYS = 90;

    /** A profile without a signatory yet. */
    public ForumProfile(int version, String name, String code, String address, String city, String phone,
                        String email, String website, byte[] logo, int expiryWarningDays) {
        this(version, name, code, address, city, phone, email, website, logo, expiryWarningDays, Signatory.NONE);
    }

    public ForumProfile {
        name = clean(name);
        code = clean(code);
        address = clean(address);
        city = clean(city);
        phone = clean(phone);
        email = clean(email);
        website = clean(website);
        signatory = signatory == null ? Signatory.NONE : signatory;
    }

    public String signatoryName() {
        return signatory.name();
    }

    public String signatoryPosition() {
        return signatory.position();
    }

    /** The scanned signature (PNG or JPEG), empty when none is set. */
    public byte[] signature() {
        return signatory.image();
    }

    /** The same profile signed by someone else. */
    public ForumProfile signedBy(Signatory newSignatory) {
        return new ForumProfile(version, name, code, address, city, phone, email, website, logo, expiryWarningDays,
                newSignatory);
    }

    /** False on a new database until someone gives the forum its name: nothing may print an empty name. */
    public boolean isNamed() {
        return !name.isEmpty();
    }

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }

    /** The same profile under a new name, short code and address; the rest is kept. */
    public ForumProfile named(String newName, String newCode, String newAddress) {
        return new ForumProfile(version, newName, newCode, newAddress, city, phone, email, website, logo,
                expiryWarningDays, signatory);
    }

    /** The address and city as one line, for return addresses. */
    public String addressLine() {
        return java.util.stream.Stream.of(address, city).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * What the forum's letterhead prints on agreements and lists: the name, then the address and city on one line
     * and the phone, e-mail and website on the next (each left out when empty), and the logo when there is one.
     */
    public LetterheadData letterhead() {
        List<String> lines = new ArrayList<>();
        String place = addressLine();
        if (!place.isBlank()) {
            lines.add(place);
        }
        String contacts = Stream.of(phone, email, website).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" \u2022 "));
        if (!contacts.isBlank()) {
            lines.add(contacts);
        }
        return new LetterheadData(name, lines, hasLogo() ? logo : null);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
