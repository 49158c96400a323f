package id.jalin.kernel.settings;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.DatabaseMode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes the database choice. The server password never goes into the preferences: when the user asks
 * to remember it, it goes to the operating system's keyring ({@link PasswordVault}); where there is none, it is
 * asked at each start. Methods that touch the vault say so; call them off the FX thread.
 */
public final class ConnectionPreferences {
    /** What became of a password an older version left in the preferences in plain text. */
    public enum OldPassword { NONE, MOVED_TO_KEYRING, DELETED }

    private final Settings settings;
    private final Path defaultH2File;
    private final PasswordVault vault;

    public ConnectionPreferences(Settings settings, Path defaultH2File, PasswordVault vault) {
        this.settings = settings;
        this.defaultH2File = defaultH2File;
        this.vault = vault;
    }

    /** The database the preferences name; a server's password is not in it (see {@link #rememberedPassword}). */
    public ConnectionSettings load() {
        DatabaseMode mode = parseMode(settings.get(Setting.DATABASE_MODE));
        if (mode == DatabaseMode.EMBEDDED_H2) {
            return ConnectionSettings.embedded(embeddedFile());
        }
        return server();
    }

    /** The server the preferences name, even while the embedded file is in use, without its password. */
    public ConnectionSettings server() {
        return ConnectionSettings.postgres(settings.get(Setting.PG_HOST), settings.getInt(Setting.PG_PORT),
                settings.get(Setting.PG_DATABASE), settings.get(Setting.PG_USER), "");
    }

    /** The embedded database file: the one chosen in the preferences, or the per-user default. */
    public Path embeddedFile() {
        String file = settings.get(Setting.H2_FILE);
        return file.isBlank() ? defaultH2File : Path.of(file);
    }

    public boolean rememberPassword() {
        return settings.getBoolean(Setting.PG_REMEMBER_PASSWORD);
    }

    public PasswordVault vault() {
        return vault;
    }

    /** The password kept in the keyring for this server, if the user asked to remember it. Talks to the keyring. */
    public Optional<String> rememberedPassword(ConnectionSettings server) {
        return rememberPassword() ? vault.read(account(server)) : Optional.empty();
    }

    /**
     * Moves a plain-text password older versions kept in the preferences into the keyring, or deletes it where
     * there is no keyring (then the password is asked at start). Either way the preferences no longer hold it.
     * Talks to the keyring.
     */
    public OldPassword moveOldPassword() {
        String old = settings.get(Setting.OLD_PG_PASSWORD);
        if (old.isEmpty()) {
            settings.remove(Setting.OLD_PG_PASSWORD);
            return OldPassword.NONE;
        }
        boolean kept = vault.store(account(server()), old);
        settings.remove(Setting.OLD_PG_PASSWORD);
        settings.putBoolean(Setting.PG_REMEMBER_PASSWORD, kept);
        settings.flush();
        return kept ? OldPassword.MOVED_TO_KEYRING : OldPassword.DELETED;
    }

    /**
     * Stores the choice; a server's password goes to the keyring when {@code rememberPassword} and the keyring can
     * keep it, and is removed from the keyring otherwise. Talks to the keyring for a server.
     *
     * @return whether the password is remembered now (false also where this computer has no keyring)
     */
    public boolean save(ConnectionSettings connection, boolean rememberPassword) {
        settings.put(Setting.DATABASE_MODE, connection.mode().name());
        boolean remembered = false;
        if (connection.mode() == DatabaseMode.SHARED_POSTGRES) {
            settings.put(Setting.PG_HOST, connection.host());
            settings.put(Setting.PG_PORT, Integer.toString(connection.port()));
            settings.put(Setting.PG_DATABASE, connection.database());
            settings.put(Setting.PG_USER, connection.user());
            if (rememberPassword) {
                remembered = vault.store(account(connection), connection.password());
            } else {
                vault.forget(account(connection));
            }
            settings.putBoolean(Setting.PG_REMEMBER_PASSWORD, remembered);
        }
        settings.remove(Setting.OLD_PG_PASSWORD);
        settings.flush();
        return remembered;
    }

    /** The keyring entry's account: one per server, database and login, so two servers keep two passwords. */
    static String account(ConnectionSettings server) {
        return server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
    }

    private static DatabaseMode parseMode(String text) {
        try {
            return DatabaseMode.valueOf(text);
        } catch (IllegalArgumentException e) {
            return DatabaseMode.EMBEDDED_H2;
        }
    }
}
