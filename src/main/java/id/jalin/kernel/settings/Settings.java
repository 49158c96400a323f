package id.jalin.kernel.settings;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Typed access to the user's preferences. The node is handed in, so tests use a node of their own. */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Preferences general;
    private final Preferences connection;

    public Settings(Preferences root) {
        this.general = root;
        this.connection = root.node("connection");
    }

    /** The real user's preferences. */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node("id/jalin"));
    }

    public String get(Setting setting) {
        return node(setting).get(setting.key(), setting.defaultValue());
    }

    public boolean getBoolean(Setting setting) {
        return Boolean.parseBoolean(get(setting));
    }

    public int getInt(Setting setting) {
        try {
            return Integer.parseInt(get(setting).strip());
        } catch (NumberFormatException e) {
            return Integer.parseInt(setting.defaultValue());
        }
    }

    public void put(Setting setting, String value) {
        node(setting).put(setting.key(), value == null ? "" : value);
    }

    public void putBoolean(Setting setting, boolean value) {
        put(setting, Boolean.toString(value));
    }

    public void remove(Setting setting) {
        node(setting).remove(setting.key());
    }

    /** Writes to disk now rather than at some later moment the JVM chooses. */
    public void flush() {
        try {
            general.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not write preferences", e);
        }
    }

    private Preferences node(Setting setting) {
        return setting.isConnection() ? connection : general;
    }
}
