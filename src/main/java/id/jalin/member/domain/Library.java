package id.jalin.member.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;

/**
 * A member library of the forum. {@code id} is null until stored; {@code version} counts saves so that
 * two coordinators never overwrite each other's changes unawares.
 */
public record Library(
        Long id,
        int version,
        String code,
        String name,
        String institution,
        LibraryKind kind,
        String address,
        String city,
        String province,
        String phone,
        String email,
        String website,
        LocalDate joinedOn,
        MemberStatus status,
        String duesClass,
        Money yearlyDues,
        Integer collectionTitles,
        String notes,
        CatalogueAddress catalogue) {

    public Library {
        code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        name = clean(name);
        institution = clean(institution);
        address = clean(address);
        city = clean(city);
        province = clean(province);
        phone = clean(phone);
        email = clean(email);
        website = clean(website);
        duesClass = clean(duesClass);
        notes = clean(notes);
        yearlyDues = yearlyDues == null ? Money.ZERO : yearlyDues;
        status = status == null ? MemberStatus.ACTIVE : status;
        catalogue = catalogue == null ? CatalogueAddress.NONE : catalogue;
    }

    /** A library without a catalogue address, as most are entered and as the older callers build one. */
    public Library(Long id, int version, String code, String name, String institution, LibraryKind kind,
                   String address, String city, String province, String phone, String email, String website,
                   LocalDate joinedOn, MemberStatus status, String duesClass, Money yearlyDues,
                   Integer collectionTitles, String notes) {
        this(id, version, code, name, institution, kind, address, city, province, phone, email, website, joinedOn,
                status, duesClass, yearlyDues, collectionTitles, notes, CatalogueAddress.NONE);
    }

    public boolean isNew() {
        return id == null;
    }

    public Library withId(long newId, int newVersion) {
        return new Library(newId, newVersion, code, name, institution, kind, address, city, province, phone, email,
                website, joinedOn, status, duesClass, yearlyDues, collectionTitles, notes, catalogue);
    }

    public Library withCatalogue(CatalogueAddress newCatalogue) {
        return new Library(id, version, code, name, institution, kind, address, city, province, phone, email,
                website, joinedOn, status, duesClass, yearlyDues, collectionTitles, notes, newCatalogue);
    }

    /** These values as the stored record {@code id}/{@code version}, for re-applying an import onto a stored row. */
    public Library asUpdateOf(Library stored) {
        return withId(stored.id(), stored.version());
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
