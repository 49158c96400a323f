package id.jalin.access.domain;

import id.jalin.kernel.access.Role;
import id.jalin.kernel.validation.Validation;
import java.util.regex.Pattern;

/** What a user's details and a new password must be. Field names match the forms' fields. */
public final class UserRules {
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 200;
    public static final int MAX_LOGIN_LENGTH = 60;
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]+");

    private UserRules() {
    }

    public static Validation loginName(String loginName) {
        Validation.Builder errors = Validation.builder();
        String login = loginName == null ? "" : loginName.strip();
        if (login.isEmpty()) {
            errors.error("login", "access.user.error.login_required");
        } else if (login.length() < 3 || login.length() > MAX_LOGIN_LENGTH || !LOGIN.matcher(login).matches()) {
            errors.error("login", "access.user.error.login_format", MAX_LOGIN_LENGTH);
        }
        return errors.build();
    }

    public static Validation details(String displayName, Role role, Long memberLibraryId) {
        Validation.Builder errors = Validation.builder();
        String name = displayName == null ? "" : displayName.strip();
        errors.errorIf(name.isEmpty(), "displayName", "access.user.error.display_name_required");
        errors.errorIf(name.length() > MAX_DISPLAY_NAME_LENGTH, "displayName", "access.user.error.display_name_long",
                MAX_DISPLAY_NAME_LENGTH);
        errors.errorIf(role == null, "role", "access.user.error.role_required");
        errors.errorIf(role == Role.MEMBER_STAFF && memberLibraryId == null, "library",
                "access.user.error.library_required");
        return errors.build();
    }

    /** A new password typed twice; the arrays are only read. */
    public static Validation newPassword(char[] password, char[] repeat) {
        Validation.Builder errors = Validation.builder();
        int length = password == null ? 0 : password.length;
        if (length < MIN_PASSWORD_LENGTH) {
            errors.error("password", "access.user.error.password_short", MIN_PASSWORD_LENGTH);
        } else if (length > MAX_PASSWORD_LENGTH) {
            errors.error("password", "access.user.error.password_long", MAX_PASSWORD_LENGTH);
        } else if (repeat == null || !java.util.Arrays.equals(password, repeat)) {
            errors.error("repeat", "access.user.error.password_mismatch");
        }
        return errors.build();
    }
}
