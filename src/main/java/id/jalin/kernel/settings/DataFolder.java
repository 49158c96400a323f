package id.jalin.kernel.settings;

import java.nio.file.Path;
import java.util.Locale;

/** The per-user folder where the embedded database lives: XDG data home on Linux, the usual place elsewhere. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path forCurrentUser() {
        String override = System.getProperty("jalin.dataDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("LOCALAPPDATA");
            return (appData == null ? home.resolve("AppData/Local") : Path.of(appData)).resolve("Jalin");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Jalin");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("jalin");
    }

    public static Path defaultDatabaseFile() {
        return forCurrentUser().resolve("jalin");
    }
}
