package id.jalin.forum.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.util.Locale;

/**
 * The forum's profile for every feature that prints or numbers in the forum's name: agreements read its code and
 * warning days, cross-service its name, logo and address. Reads go to the database, so call it off the FX thread.
 */
public final class ForumProfileService {
    private final ForumProfileRepository repository;
    private final Permissions permissions;

    /** The profile is a forum setting (its code numbers every letter): only the coordinator changes it. */
    public ForumProfileService(ForumProfileRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    /** Whether to offer changing the profile (the service checks again). */
    public boolean mayChange() {
        return permissions.mayAdminister();
    }

    public ForumProfile profile() {
        return repository.load();
    }

    /** Checks and stores the profile; the code is kept in capitals as agreement numbers show it. */
    public SaveResult<ForumProfile> save(ForumProfile profile) {
        permissions.requireCoordinator("change the forum profile");
        ForumProfile normalised = new ForumProfile(profile.version(), profile.name(),
                profile.code().toUpperCase(Locale.ROOT), profile.address(), profile.city(), profile.phone(),
                profile.email(), profile.website(), profile.logo(), profile.expiryWarningDays(), profile.signatory());
        Validation validation = ForumProfileRules.validate(normalised);
        if (!validation.isValid()) {
            return new SaveResult.Invalid<>(validation);
        }
        return new SaveResult.Saved<>(repository.save(normalised));
    }
}
