package id.jalin.forum.domain;

import id.jalin.kernel.validation.Validation;
import java.util.regex.Pattern;

/** What a forum profile must hold before it is stored: a name; a code fit for agreement numbers, if any. */
public final class ForumProfileRules {
    public static final int MAX_WARNING_DAYS = 730;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]+");

    private ForumProfileRules() {
    }

    public static Validation validate(ForumProfile profile) {
        return Validation.builder()
                .errorIf(!profile.isNamed(), "name", "forum.profile.error.name")
                .errorIf(profile.name().length() > 300, "name", "forum.profile.error.tooLong", 300)
                .errorIf(!profile.code().isEmpty() && !CODE.matcher(profile.code()).matches(), "code",
                        "forum.profile.error.code")
                .errorIf(profile.code().length() > 40, "code", "forum.profile.error.tooLong", 40)
                .errorIf(profile.address().length() > 600, "address", "forum.profile.error.tooLong", 600)
                .errorIf(profile.signatoryName().length() > 200, "signatoryName", "forum.profile.error.tooLong", 200)
                .errorIf(profile.signatoryPosition().length() > 200, "signatoryPosition",
                        "forum.profile.error.tooLong", 200)
                .errorIf(!profile.signatoryPosition().isEmpty() && profile.signatoryName().isEmpty(),
                        "signatoryName", "forum.profile.error.signatoryName")
                .errorIf(profile.expiryWarningDays() < 0 || profile.expiryWarningDays() > MAX_WARNING_DAYS,
                        "warningDays", "forum.profile.error.warningDays")
                .build();
    }
}
