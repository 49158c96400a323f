package id.jalin.kernel.settings;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.DatabaseMode;
import java.nio.file.Path;

/** Reads and writes the database choice; the password is kept only when the user asks for it. */
public final class ConnectionPreferences {
    private final Settings settings;
    private final Path defaultH2File;

    public ConnectionPreferences(Settings settings, Path defaultH2File) {
        this.settings = settings;
        this.defaultH2File = defaultH2File;
    }

    public ConnectionSettings load() {
        DatabaseMode mode = parseMode(settings.get(Setting.DATABASE_MODE));
        if (mode == DatabaseMode.EMBEDDED_H2) {
            return ConnectionSettings.embedded(embeddedFile());
        }
        return server();
    }

    /** The server the preferences name, even while the embedded file is in use: what the settings dialog shows. */
    public ConnectionSettings server() {
        return ConnectionSettings.postgres(settings.get(Setting.PG_HOST), settings.getInt(Setting.PG_PORT),
                settings.get(Setting.PG_DATABASE), settings.get(Setting.PG_USER), settings.get(Setting.PG_PASSWORD));
    }

    /** The embedded database file: the one chosen in the preferences, or the per-user default. */
    public Path embeddedFile() {
        String file = settings.get(Setting.H2_FILE);
        return file.isBlank() ? defaultH2File : Path.of(file);
    }

    public boolean rememberPassword() {
        return settings.getBoolean(Setting.PG_REMEMBER_PASSWORD);
    }

    public void save(ConnectionSettings connection, boolean rememberPassword) {
        settings.put(Setting.DATABASE_MODE, connection.mode().name());
        if (connection.mode() == DatabaseMode.SHARED_POSTGRES) {
            settings.put(Setting.PG_HOST, connection.host());
            settings.put(Setting.PG_PORT, Integer.toString(connection.port()));
            settings.put(Setting.PG_DATABASE, connection.database());
            settings.put(Setting.PG_USER, connection.user());
            settings.putBoolean(Setting.PG_REMEMBER_PASSWORD, rememberPassword);
            if (rememberPassword) {
                settings.put(Setting.PG_PASSWORD, connection.password());
            } else {
                settings.remove(Setting.PG_PASSWORD);
            }
        }
        settings.flush();
    }

    private static DatabaseMode parseMode(String text) {
        try {
            return DatabaseMode.valueOf(text);
        } catch (IllegalArgumentException e) {
            return DatabaseMode.EMBEDDED_H2;
        }
    }
}
