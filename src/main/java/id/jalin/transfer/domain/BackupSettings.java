package id.jalin.transfer.domain;

import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;

/** This workstation's choices for automatic backups, kept in its preferences. */
public final class BackupSettings {
    public static final int DEFAULT_KEEP = 10;

    private final Settings settings;

    public BackupSettings(Settings settings) {
        this.settings = settings;
    }

    public AutomaticBackup automatic() {
        try {
            return AutomaticBackup.valueOf(settings.get(Setting.BACKUP_AUTOMATIC));
        } catch (IllegalArgumentException e) {
            return AutomaticBackup.DAILY;
        }
    }

    /** How many backups to keep, at least one. */
    public int keep() {
        return Math.max(1, settings.getInt(Setting.BACKUP_KEEP));
    }

    public void save(AutomaticBackup automatic, int keep) {
        settings.put(Setting.BACKUP_AUTOMATIC, automatic.name());
        settings.put(Setting.BACKUP_KEEP, Integer.toString(Math.max(1, keep)));
        settings.flush();
    }
}
