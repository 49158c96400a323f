package id.jalin.agreement.domain;

/**
 * The forum itself, as printed on letterheads and in agreement numbers: name, short code ("FPPTI-JABAR"),
 * address, contacts, logo, and how many days before its end an agreement counts as expiring.
 */
public record ForumProfile(int version, String name, String code, String address, String city, String phone,
                           String email, String website, byte[] logo, int expiryWarningDays) {
    public static final int DEFAULT_WARNING_DAYS = 90;

    public ForumProfile {
        name = Party.clean(name);
        code = Party.clean(code);
        address = Party.clean(address);
        city = Party.clean(city);
        phone = Party.clean(phone);
        email = Party.clean(email);
        website = Party.clean(website);
    }

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }
}
