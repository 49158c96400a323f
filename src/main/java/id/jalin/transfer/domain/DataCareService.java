package id.jalin.transfer.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditEntry;
import id.jalin.kernel.audit.AuditRecorder;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.transfer.ArchiveExport;
import id.jalin.kernel.db.transfer.ArchiveManifest;
import id.jalin.kernel.db.transfer.ArchiveRestore;
import id.jalin.kernel.db.transfer.DatabaseCopy;
import id.jalin.kernel.db.transfer.TransferRefusedException;
import id.jalin.kernel.db.transfer.TransferReport;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.task.ProgressSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's care of the forum's data as a whole: backups, restore, export of everything, the move to a
 * server and a workstation copy back. Every operation a person starts asks for the coordinator; the automatic
 * backups are the workstation's own and ask no one.
 */
public final class DataCareService {
    private static final Logger LOG = LoggerFactory.getLogger(DataCareService.class);

    private final Database database;
    private final BackupFolder backups;
    private final BackupSettings settings;
    private final Permissions permissions;
    private final Clock clock;
    private final Function<ConnectionSettings, Database> opener;
    private final AuditRecorder audit;

    /**
     * @param opener opens (and migrates) another database: {@code Database::open} in the app
     * @param audit  where a restore is recorded (the restored rows replace the trail itself, so the restore's own
     *               row is written after them)
     */
    public DataCareService(Database database, BackupFolder backups, BackupSettings settings, Permissions permissions,
                           Clock clock, Function<ConnectionSettings, Database> opener, AuditRecorder audit) {
        this.audit = audit;
        this.database = database;
        this.backups = backups;
        this.settings = settings;
        this.permissions = permissions;
        this.clock = clock;
        this.opener = opener;
    }

    public BackupFolder backups() {
        return backups;
    }

    public BackupSettings settings() {
        return settings;
    }

    public DatabaseMode mode() {
        return database.mode();
    }

    /** A backup into the backups folder now, then the oldest beyond the number to keep deleted. */
    public BackupDone backupNow(Progress progress) throws IOException {
        permissions.requireCoordinator("back up the database");
        return backup(progress);
    }

    private BackupDone backup(Progress progress) throws IOException {
        BackupDone done = backupKeepingAll(progress);
        backups.keepNewest(settings.keep());
        return done;
    }

    /** Without deleting old backups: before a restore, the oldest may be the very archive being restored. */
    private BackupDone backupKeepingAll(Progress progress) throws IOException {
        long started = System.nanoTime();
        Path file = backups.nextFile();
        new ArchiveExport(clock).export(database, file, new ProgressSpan(progress, 0, 800));
        TransferReport report = new ArchiveRestore().verify(file, new ProgressSpan(progress, 800, ProgressSpan.WHOLE))
                .took(Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Backup written to {} ({} rows)", file, report.rows());
        return new BackupDone(file, report);
    }

    /** The automatic backup at start, when the setting is daily and none was taken today (embedded only). */
    public boolean backupIfDueToday(Progress progress) throws IOException {
        if (database.mode() != DatabaseMode.EMBEDDED_H2 || settings.automatic() != AutomaticBackup.DAILY
                || !backups.noneToday()) {
            return false;
        }
        backup(progress);
        return true;
    }

    /** Whether Jalin backs up when it closes: the setting asks for it, on the embedded file only. */
    public boolean backupOnExitDue() {
        return database.mode() == DatabaseMode.EMBEDDED_H2 && settings.automatic() == AutomaticBackup.ON_EXIT;
    }

    /**
     * The automatic backup when Jalin closes, when {@link #backupOnExitDue() due}. A Cancel leaves no file (the
     * archive appears only when whole) and the backups kept before as they were.
     */
    public boolean backupOnExit(Progress progress) throws IOException {
        if (!backupOnExitDue()) {
            return false;
        }
        backup(progress);
        return true;
    }

    /** What an archive holds, or a refusal in words when this database cannot take it. */
    public ArchiveManifest describe(Path archive) throws IOException {
        permissions.requireCoordinator("restore the database");
        return new ArchiveRestore().check(archive, database);
    }

    /**
     * Replaces everything with the archive's rows, after a backup of the current state (so a restore can itself be
     * undone by restoring that backup).
     */
    public RestoreDone restore(Path archive, Progress progress) throws IOException {
        permissions.requireCoordinator("restore the database");
        ArchiveRestore restore = new ArchiveRestore();
        restore.check(archive, database);
        long started = System.nanoTime();
        BackupDone before = backupKeepingAll(new ProgressSpan(progress, 0, 400));
        TransferReport report = restore.restore(archive, database, new ProgressSpan(progress, 400, ProgressSpan.WHOLE));
        recordRestore(archive, before.file());
        backups.keepNewest(settings.keep());
        LOG.info("Restored {} ({} rows); the state before is in {}", archive, report.rows(), before.file());
        return new RestoreDone(before.file(), report.took(Duration.ofNanos(System.nanoTime() - started)));
    }

    /** Everything into one archive the user names: the same format as a backup, from either kind of database. */
    public TransferReport exportAll(Path file, Progress progress) throws IOException {
        permissions.requireCoordinator("export everything");
        long started = System.nanoTime();
        new ArchiveExport(clock).export(database, file, new ProgressSpan(progress, 0, 800));
        return new ArchiveRestore().verify(file, new ProgressSpan(progress, 800, ProgressSpan.WHOLE))
                .took(Duration.ofNanos(System.nanoTime() - started));
    }

    /** Copies this (embedded) database into an empty one on a server; the embedded file is only read. */
    public TransferReport moveTo(ConnectionSettings server, Progress progress) {
        permissions.requireCoordinator("move the data to a server");
        try (Database target = opener.apply(server)) {
            return new DatabaseCopy().copy(database, target, progress);
        }
    }

    /**
     * Copies this (server) database into a new embedded file, for a trip. The file must not exist yet; when the
     * copy fails or is cancelled the new file is deleted again.
     */
    public TransferReport workstationCopy(Path h2File, Progress progress) throws IOException {
        permissions.requireCoordinator("make a workstation copy");
        Path dataFile = EmbeddedFile.dataFile(h2File);
        if (Files.exists(dataFile)) {
            throw new TransferRefusedException(TransferRefusedException.Refusal.FILE_EXISTS, dataFile.toString());
        }
        boolean kept = false;
        try (Database target = opener.apply(ConnectionSettings.embedded(h2File))) {
            TransferReport report = new DatabaseCopy().copy(database, target, progress);
            kept = true;
            return report;
        } finally {
            if (!kept) {
                EmbeddedFile.delete(h2File);
            }
        }
    }

    /**
     * The restore's row in the trail, committed right after the restore's own transaction (which replaced the whole
     * trail with the archive's): who restored which archive, and where the state before it was kept.
     */
    private void recordRestore(Path archive, Path backupBefore) {
        audit.record(new AuditEntry("transfer", "database", 0, archive.getFileName().toString(),
                AuditAction.STATE_CHANGE, List.of(
                        new FieldChange("restored_from", null, archive.toAbsolutePath().toString()),
                        new FieldChange("backup_before", null, backupBefore.toAbsolutePath().toString()))));
    }
}
