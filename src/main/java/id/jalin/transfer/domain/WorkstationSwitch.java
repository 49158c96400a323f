package id.jalin.transfer.domain;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.nio.file.Path;

/** After a move or a workstation copy: points this workstation at the new database from its next start. */
public final class WorkstationSwitch {
    private final Settings settings;
    private final ConnectionPreferences preferences;

    public WorkstationSwitch(Settings settings, ConnectionPreferences preferences) {
        this.settings = settings;
        this.preferences = preferences;
    }

    /** The password is not kept here: the next start asks for it (or the keyring keeps it, issue 9). */
    public void toServer(ConnectionSettings server) {
        preferences.save(server, false);
    }

    public void toEmbedded(Path h2File) {
        settings.put(Setting.H2_FILE, h2File.toAbsolutePath().toString());
        preferences.save(ConnectionSettings.embedded(h2File), false);
    }
}
