package id.jalin.forum.domain;

/**
 * The forum itself, as printed on letterheads, cards and in agreement numbers: name, short code ("FPPTI-JABAR"),
 * address, contacts, logo, and how many days before its end an agreement counts as expiring. A new database holds
 * an unnamed profile until the first start asks for the name.
 */
public record ForumProfile(int version, String name, String code, String address, String city, String phone,
                           String email, String website, byte[] logo, int expiryWarningDays) {
    public static final int DEFAULT_WARNING_DAYS = 90;

    public ForumProfile {
        name = clean(name);
        code = clean(code);
        address = clean(address);
        city = clean(city);
        phone = clean(phone);
        email = clean(email);
        website = clean(website);
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
                expiryWarningDays);
    }

    /** The address and city as one line, for return addresses. */
    public String addressLine() {
        return java.util.stream.Stream.of(address, city).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
