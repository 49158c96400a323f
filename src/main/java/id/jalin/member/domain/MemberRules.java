package id.jalin.member.domain;

import id.jalin.kernel.validation.ContactRules;
import id.jalin.kernel.validation.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a member record must satisfy before it is stored. Field names match the form's fields. */
public final class MemberRules {
    public static final int MAX_CODE_LENGTH = 20;
    /** The width of {@code library.catalogue_url}. */
    public static final int MAX_CATALOGUE_URL_LENGTH = 500;
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]*$");

    private MemberRules() {
    }

    public static Validation validate(Member member) {
        Validation library = validateLibrary(member.library());
        Validation.Builder staff = Validation.builder();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < member.staff().size(); i++) {
            StaffMember person = member.staff().get(i);
            String field = "staff." + i + ".";
            staff.errorIf(person.name().isEmpty(), field + "name", "member.error.staffName.required", i + 1);
            staff.errorIf(!person.name().isEmpty() && !names.add(person.name().toLowerCase(Locale.ROOT)),
                    field + "name", "member.error.staffName.duplicate", person.name());
            staff.errorIf(!person.email().isEmpty() && !ContactRules.isEmail(person.email()),
                    field + "email", "member.error.email.shape", person.email());
            staff.errorIf(!person.phone().isEmpty() && !ContactRules.isPhone(person.phone()),
                    field + "phone", "member.error.phone.shape", person.phone());
        }
        return library.and(staff.build());
    }

    public static Validation validateLibrary(Library library) {
        Validation.Builder errors = Validation.builder();
        if (library.code().isEmpty()) {
            errors.error("code", "member.error.code.required");
        } else if (library.code().length() > MAX_CODE_LENGTH) {
            errors.error("code", "member.error.code.length", MAX_CODE_LENGTH);
        } else if (!CODE.matcher(library.code()).matches()) {
            errors.error("code", "member.error.code.shape");
        }
        errors.errorIf(library.name().isEmpty(), "name", "member.error.name.required");
        errors.errorIf(library.name().length() > 200, "name", "member.error.tooLong", 200);
        errors.errorIf(library.kind() == null, "kind", "member.error.kind.required");
        errors.errorIf(!library.email().isEmpty() && !ContactRules.isEmail(library.email()),
                "email", "member.error.email.shape", library.email());
        errors.errorIf(!library.phone().isEmpty() && !ContactRules.isPhone(library.phone()),
                "phone", "member.error.phone.shape", library.phone());
        errors.errorIf(!library.website().isEmpty() && !ContactRules.isWebsite(library.website()),
                "website", "member.error.website.shape", library.website());
        errors.errorIf(library.yearlyDues().isNegative(), "yearlyDues", "member.error.dues.negative");
        errors.errorIf(library.collectionTitles() != null && library.collectionTitles() < 0,
                "collectionTitles", "member.error.collection.negative");
        errors.errorIf(library.joinedOn() != null && library.joinedOn().getYear() < 1900,
                "joinedOn", "member.error.joined.tooEarly");
        validateCatalogue(library.catalogue(), errors);
        return errors.build();
    }

    /**
     * An address and its kind go together: a harvest needs both. The address must be one a harvester can call,
     * an absolute http or https address with a host; anything else would only fail later, unattended, at night.
     */
    private static void validateCatalogue(CatalogueAddress catalogue, Validation.Builder errors) {
        String url = catalogue.url();
        if (url.isEmpty()) {
            errors.errorIf(catalogue.kind() != null, "catalogueUrl", "member.catalogue.error.url.required");
            return;
        }
        if (url.length() > MAX_CATALOGUE_URL_LENGTH) {
            errors.error("catalogueUrl", "member.catalogue.error.url.length", MAX_CATALOGUE_URL_LENGTH);
        } else if (!isHarvestableAddress(url)) {
            errors.error("catalogueUrl", "member.catalogue.error.url.shape", url);
        }
        errors.errorIf(catalogue.kind() == null, "catalogueKind", "member.catalogue.error.kind.required");
    }

    static boolean isHarvestableAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
