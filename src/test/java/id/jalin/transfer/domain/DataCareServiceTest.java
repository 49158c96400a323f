package id.jalin.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.app.DemoData;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.JooqAuditRecorder;
import id.jalin.kernel.audit.JooqAuditTrail;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.transfer.TransferRefusedException;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, restore and copies as the coordinator starts them, and as nobody else may. */
class DataCareServiceTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path folder;

    private Database database;
    private BackupSettings settings;
    private Clock clock = at("2026-12-01T17:30:00");

    @BeforeEach
    void demoForum() {
        database = TestDatabases.filled(TestDatabases.Kind.H2, "demo", DemoData::load);
        settings = new BackupSettings(new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID())));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(JAKARTA).toInstant(), JAKARTA);
    }

    private DataCareService service(CurrentActor actor) {
        return new DataCareService(database, new BackupFolder(folder.resolve("backups"), clock), settings,
                new Permissions(actor), clock, Database::open,
                new JooqAuditRecorder(database.dsl(), new JooqAuditTrail(actor, clock)));
    }

    @Test
    void backUpNowWritesOneDatedFileThatReadsBackWhole() throws Exception {
        BackupDone done = service(TestActors.AS_COORDINATOR).backupNow(Progress.NONE);

        assertThat(done.file()).exists().hasFileName("jalin-backup-2026-12-01-1730.zip");
        assertThat(done.report().allMatch()).isTrue();
        assertThat(done.report().rows()).isPositive();
    }

    @Test
    void onlyTheNumberToKeepRemainsAfterEachBackup() throws Exception {
        settings.save(AutomaticBackup.DAILY, 2);
        for (String time : new String[] {"2026-12-01T08:00:00", "2026-12-02T08:00:00", "2026-12-03T08:00:00"}) {
            clock = at(time);
            service(TestActors.AS_COORDINATOR).backupNow(Progress.NONE);
        }

        assertThat(new BackupFolder(folder.resolve("backups"), clock).list()).extracting(b -> b.takenAt().toLocalDate()
                .toString()).containsExactly("2026-12-03", "2026-12-02");
    }

    @Test
    void onlyTheCoordinatorMayBackUpRestoreOrMove() {
        DataCareService secretary = service(CurrentActor.of(TestActors.SECRETARY));

        assertThatThrownBy(() -> secretary.backupNow(Progress.NONE)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> secretary.restore(folder.resolve("x.zip"), Progress.NONE))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> secretary.exportAll(folder.resolve("x.zip"), Progress.NONE))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> secretary.moveTo(ConnectionSettings.postgres("h", 5432, "d", "u", "p"), Progress.NONE))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> secretary.workstationCopy(folder.resolve("trip"), Progress.NONE))
                .isInstanceOf(NotPermittedException.class);
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    @Test
    void aRestoreFirstBacksUpTheCurrentStateSoItCanBeUndone() throws Exception {
        DataCareService service = service(TestActors.AS_COORDINATOR);
        Path archive = folder.resolve("semua.zip");
        service.exportAll(archive, Progress.NONE);
        database.dsl().execute("update library set name = 'Sesudah ekspor' where id = 1");
        clock = at("2026-12-01T18:00:00");

        RestoreDone restored = service(TestActors.AS_COORDINATOR).restore(archive, Progress.NONE);

        assertThat(restored.report().allMatch()).isTrue();
        assertThat(nameOfFirstLibrary()).isNotEqualTo("Sesudah ekspor");
        assertThat(restored.backupBefore()).exists().hasFileName("jalin-backup-2026-12-01-1800.zip");
        service(TestActors.AS_COORDINATOR).restore(restored.backupBefore(), Progress.NONE);
        assertThat(nameOfFirstLibrary()).isEqualTo("Sesudah ekspor");
    }

    @Test
    void aRestoreIsInTheTrailAfterTheRestoredRowsSignedByWhoRestored() throws Exception {
        Path archive = folder.resolve("semua.zip");
        service(TestActors.AS_COORDINATOR).exportAll(archive, Progress.NONE);

        service(TestActors.AS_COORDINATOR).restore(archive, Progress.NONE);

        var last = database.dsl().selectFrom(id.jalin.kernel.db.generated.Tables.AUDIT_ENTRY)
                .orderBy(id.jalin.kernel.db.generated.Tables.AUDIT_ENTRY.ID.desc()).limit(1).fetchOne();
        assertThat(last.getFeature()).isEqualTo("transfer");
        assertThat(last.getRecordLabel()).isEqualTo("semua.zip");
        assertThat(last.getUserLogin()).isEqualTo(TestActors.COORDINATOR.loginName());
        assertThat(last.getAction()).isEqualTo("STATE_CHANGE");
    }

    @Test
    void theOldestBackupCanBeRestoredWhenTheFolderIsFull() throws Exception {
        settings.save(AutomaticBackup.DAILY, 2);
        clock = at("2026-12-01T08:00:00");
        Path oldest = service(TestActors.AS_COORDINATOR).backupNow(Progress.NONE).file();
        clock = at("2026-12-02T08:00:00");
        service(TestActors.AS_COORDINATOR).backupNow(Progress.NONE);
        database.dsl().execute("update library set name = 'Sesudah cadangan' where id = 1");
        clock = at("2026-12-03T08:00:00");

        RestoreDone restored = service(TestActors.AS_COORDINATOR).restore(oldest, Progress.NONE);

        assertThat(restored.report().allMatch()).isTrue();
        assertThat(nameOfFirstLibrary()).isNotEqualTo("Sesudah cadangan");
        assertThat(new BackupFolder(folder.resolve("backups"), clock).list()).extracting(Backup::file)
                .containsExactly(restored.backupBefore(), folder.resolve("backups/jalin-backup-2026-12-02-0800.zip"));
    }

    @Test
    void theAutomaticBackupFollowsTheSetting() throws Exception {
        settings.save(AutomaticBackup.DAILY, 10);
        DataCareService service = service(TestActors.AS_COORDINATOR);
        assertThat(service.backupOnExitDue()).isFalse();
        assertThat(service.backupOnExit(Progress.NONE)).isFalse();
        assertThat(service.backupIfDueToday(Progress.NONE)).isTrue();
        assertThat(service.backupIfDueToday(Progress.NONE)).as("once a day").isFalse();

        settings.save(AutomaticBackup.ON_EXIT, 10);
        assertThat(service.backupOnExitDue()).isTrue();
        assertThat(service.backupOnExit(Progress.NONE)).isTrue();
        settings.save(AutomaticBackup.OFF, 10);
        assertThat(service.backupOnExit(Progress.NONE)).isFalse();
        assertThat(new BackupFolder(folder.resolve("backups"), clock).list()).hasSize(2);
    }

    @Test
    void aBackupOnExitThatIsCancelledLeavesNoFile() throws Exception {
        settings.save(AutomaticBackup.ON_EXIT, 10);
        Progress cancelled = id.jalin.kernel.task.TestProgress.CANCELLED;
        assertThatThrownBy(() -> service(TestActors.AS_COORDINATOR).backupOnExit(cancelled))
                .isInstanceOf(id.jalin.kernel.task.CancelledException.class);
        assertThat(new BackupFolder(folder.resolve("backups"), clock).list()).isEmpty();
    }

    @Test
    void aWorkstationCopyGoesOnlyIntoANewFileAndACancelledOneLeavesNone() throws Exception {
        Path existing = folder.resolve("ada");
        Files.writeString(folder.resolve("ada.mv.db"), "");
        assertThatThrownBy(() -> service(TestActors.AS_COORDINATOR).workstationCopy(existing, Progress.NONE))
                .isInstanceOfSatisfying(TransferRefusedException.class, refused ->
                        assertThat(refused.refusal()).isEqualTo(TransferRefusedException.Refusal.FILE_EXISTS));

        Path trip = folder.resolve("perjalanan");
        assertThatThrownBy(() -> service(TestActors.AS_COORDINATOR).workstationCopy(trip, cancelAfter(3)))
                .isInstanceOf(CancelledException.class);
        assertThat(folder.resolve("perjalanan.mv.db")).doesNotExist();

        assertThat(service(TestActors.AS_COORDINATOR).workstationCopy(trip, Progress.NONE).allMatch()).isTrue();
        assertThat(folder.resolve("perjalanan.mv.db")).exists();
    }

    private String nameOfFirstLibrary() {
        return database.dsl().fetchValue("select name from library where id = 1").toString();
    }

    private static Progress cancelAfter(int updates) {
        return new Progress() {
            private int seen;

            @Override
            public void update(long done, long total) {
                seen++;
            }

            @Override
            public boolean isCancelled() {
                return seen > updates;
            }
        };
    }
}
