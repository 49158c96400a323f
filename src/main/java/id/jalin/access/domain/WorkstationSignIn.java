package id.jalin.access.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "No login on this workstation": a one-desk forum on the embedded database may have Jalin sign one user in at
 * start without asking. The choice is this workstation's preference, kept with the database's identifier, so it
 * never applies to another database (a copy on a server, another file). Only a coordinator turns it on or off, and
 * only on the embedded database: on a shared server every desk logs in.
 */
public final class WorkstationSignIn {
    private static final String SEPARATOR = " ";

    private final Settings settings;
    private final boolean embedded;
    private final Supplier<String> databaseIdentifier;
    private final Permissions permissions;

    public WorkstationSignIn(Settings settings, boolean embedded, Supplier<String> databaseIdentifier,
                             Permissions permissions) {
        this.settings = settings;
        this.embedded = embedded;
        this.databaseIdentifier = databaseIdentifier;
        this.permissions = permissions;
    }

    /** Whether the choice exists at all here (the embedded database only). */
    public boolean available() {
        return embedded;
    }

    /** The login to sign in without asking, when turned on for this database on this workstation. */
    public Optional<String> login() {
        if (!embedded) {
            return Optional.empty();
        }
        String stored = settings.get(Setting.AUTO_SIGN_IN).strip();
        int space = stored.indexOf(SEPARATOR);
        if (space <= 0 || !stored.substring(0, space).equals(databaseIdentifier.get())) {
            return Optional.empty();
        }
        String login = stored.substring(space + 1).strip();
        return login.isEmpty() ? Optional.empty() : Optional.of(login);
    }

    public void turnOn(String loginName) {
        permissions.requireCoordinator("turn on sign-in without login");
        if (!embedded) {
            throw new IllegalStateException("Sign-in without login is for the embedded database only");
        }
        settings.put(Setting.AUTO_SIGN_IN, databaseIdentifier.get() + SEPARATOR + loginName.strip());
        settings.flush();
    }

    public void turnOff() {
        permissions.requireCoordinator("turn off sign-in without login");
        settings.remove(Setting.AUTO_SIGN_IN);
        settings.flush();
    }
}
