package id.jalin.cli;

import static id.jalin.kernel.db.generated.Tables.AUDIT_ENTRY;
import static id.jalin.kernel.db.generated.Tables.JALIN_USER;
import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.DemoData;
import id.jalin.kernel.db.generated.tables.records.AuditEntryRecord;
import id.jalin.kernel.settings.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command end to end on an embedded database file, as the server's keeper runs them: exit code, what is
 * printed on standard output and error, and what is stored afterwards.
 */
class JalinCliTest {
    static final String COORDINATOR_PASSWORD = "rahasia-koordinator";
    static final String SECRETARY_PASSWORD = "rahasia-sekretaris";

    @TempDir
    Path folder;

    private CliHarness cli;

    @BeforeEach
    void forumWithDemoData() {
        cli = new CliHarness(folder);
        cli.stored(database -> {
            DemoData.load(database);
            return null;
        });
    }

    private void firstCoordinator() {
        cli.env.put("JALIN_NEW_PASSWORD", COORDINATOR_PASSWORD);
        CliHarness.Result added = cli.run("users", "add", "--first-coordinator", "--login", "koordinator",
                "--name", "Dewi Koordinator", "--h2-file", cli.h2.toString());
        cli.env.remove("JALIN_NEW_PASSWORD");
        assertThat(added.code()).as(added.err()).isZero();
    }

    private void secretary() {
        cli.env.put("JALIN_NEW_PASSWORD", SECRETARY_PASSWORD);
        CliHarness.Result added = cli.as("koordinator", COORDINATOR_PASSWORD, "users", "add", "--login",
                "sekretaris", "--name", "Sari Sekretaris", "--role", "secretary");
        cli.env.remove("JALIN_NEW_PASSWORD");
        assertThat(added.code()).as(added.err()).isZero();
    }

    private long users() {
        return cli.stored(database -> (long) database.dsl().fetchCount(JALIN_USER));
    }

    private AuditEntryRecord lastAuditRow() {
        return cli.stored(database -> database.dsl().selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.ID.desc())
                .limit(1).fetchOne());
    }

    @Test
    void aDatabaseWithoutUsersRefusesEverythingButItsFirstCoordinator() {
        CliHarness.Result refused = cli.as("koordinator", COORDINATOR_PASSWORD, "backup");

        assertThat(refused.code()).isEqualTo(ExitCodes.NOT_PERMITTED);
        assertThat(refused.err()).contains("belum punya pengguna").contains("--first-coordinator")
                .doesNotContain("Exception");
        assertThat(users()).isZero();

        firstCoordinator();

        assertThat(users()).isEqualTo(1);
        AuditEntryRecord created = lastAuditRow();
        assertThat(created.getUserLogin()).isEqualTo("koordinator");
        assertThat(created.getRecordLabel()).isEqualTo("koordinator");
        cli.env.put("JALIN_NEW_PASSWORD", "yang-kedua-kali");
        CliHarness.Result again = cli.run("users", "add", "--first-coordinator", "--login", "kedua", "--name",
                "Kedua", "--h2-file", cli.h2.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.NOT_PERMITTED);
        assertThat(again.err()).contains("sudah punya pengguna");
        assertThat(users()).isEqualTo(1);
    }

    @Test
    void usersAddIsAuditedWithTheNameOfTheCoordinatorWhoRanIt() {
        firstCoordinator();

        secretary();

        assertThat(users()).isEqualTo(2);
        AuditEntryRecord row = lastAuditRow();
        assertThat(row.getUserLogin()).isEqualTo("koordinator");
        assertThat(row.getUserName()).isEqualTo("Dewi Koordinator");
        assertThat(row.getFeature()).isEqualTo("access");
        assertThat(row.getAction()).isEqualTo("CREATE");
        assertThat(row.getRecordLabel()).isEqualTo("sekretaris");
    }

    @Test
    void aSecretaryMayNotAddUsersAndNothingIsStored() {
        firstCoordinator();
        secretary();
        cli.env.put("JALIN_NEW_PASSWORD", "password-tamu");

        CliHarness.Result refused = cli.as("sekretaris", SECRETARY_PASSWORD, "users", "add", "--login", "tamu",
                "--name", "Tamu", "--role", "READ_ONLY");

        assertThat(refused.code()).isEqualTo(ExitCodes.NOT_PERMITTED);
        assertThat(refused.err()).contains("Peran Anda tidak mengizinkan").doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(refused.out()).isEmpty();
        assertThat(users()).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsRefusedAndCountedTowardsTheLockOut() {
        firstCoordinator();

        CliHarness.Result refused = cli.as("koordinator", "salah-sekali", "check");

        assertThat(refused.code()).isEqualTo(ExitCodes.LOGIN_REFUSED);
        assertThat(refused.err()).contains("Nama login atau kata sandi salah");
        int failures = cli.stored(database -> database.dsl().select(JALIN_USER.FAILED_ATTEMPTS).from(JALIN_USER)
                .fetchOne(JALIN_USER.FAILED_ATTEMPTS));
        assertThat(failures).isEqualTo(1);
        for (int attempt = 2; attempt <= 5; attempt++) {
            cli.as("koordinator", "salah-lagi", "check");
        }
        CliHarness.Result locked = cli.as("koordinator", COORDINATOR_PASSWORD, "check");
        assertThat(locked.code()).isEqualTo(ExitCodes.LOGIN_REFUSED);
        assertThat(locked.err()).contains("dikunci sampai 1 Des 2026 02:15");
    }

    @Test
    void aPasswordIsNeverAcceptedAsAnArgument() {
        firstCoordinator();

        CliHarness.Result usage = cli.run("backup", "--h2-file", cli.h2.toString(), "--user", "koordinator",
                "--password", COORDINATOR_PASSWORD);

        assertThat(usage.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.err()).contains("Unknown option").contains("--password");
        assertThat(usage.out()).isEmpty();
    }

    @Test
    void withoutAPasswordVariableOrATerminalTheLoginCannotHappen() {
        firstCoordinator();

        CliHarness.Result refused = cli.run("check", "--h2-file", cli.h2.toString(), "--user", "koordinator");

        assertThat(refused.code()).isEqualTo(ExitCodes.LOGIN_REFUSED);
        assertThat(refused.err()).contains("JALIN_PASSWORD");
    }

    @Test
    void thePasswordCanBeTypedAtTheTerminal() {
        firstCoordinator();
        cli.answers.add(COORDINATOR_PASSWORD);

        CliHarness.Result checked = cli.run("check", "--h2-file", cli.h2.toString(), "--user", "koordinator");

        assertThat(checked.code()).as(checked.err()).isZero();
    }

    @Test
    void backupWritesADatedArchiveBesideTheDatabaseWithProgressOnStandardError() {
        firstCoordinator();

        CliHarness.Result backup = cli.as("koordinator", COORDINATOR_PASSWORD, "backup");

        assertThat(backup.code()).as(backup.err()).isZero();
        Path file = folder.resolve("backups/jalin-backup-2026-12-01-0200.zip");
        assertThat(file).exists();
        assertThat(backup.out()).contains("Cadangan tersimpan: " + file).contains("library").contains("cocok")
                .doesNotContain("%");
        assertThat(backup.err()).contains("Mencadangkan: 0%").contains("Mencadangkan: 100%")
                .contains("Masuk sebagai Dewi Koordinator (Koordinator)");
    }

    @Test
    void exportAllThenRestoreBringsTheDataBackAndTheRestoreIsAudited() throws Exception {
        firstCoordinator();
        Path archive = folder.resolve("semua.zip");
        CliHarness.Result exported = cli.as("koordinator", COORDINATOR_PASSWORD, "export-all", archive.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Semua data diekspor ke " + archive);
        secretary();
        cli.stored(database -> database.dsl().update(LIBRARY).set(LIBRARY.NAME, "Sesudah ekspor").execute());

        CliHarness.Result unconfirmed = cli.as("koordinator", COORDINATOR_PASSWORD, "restore", archive.toString());
        assertThat(unconfirmed.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unconfirmed.err()).contains("--yes");
        assertThat(users()).isEqualTo(2);

        CliHarness.Result restored = cli.as("koordinator", COORDINATOR_PASSWORD, "restore", archive.toString(),
                "--yes");

        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("semua.zip sudah dipulihkan").contains("jalin-backup-");
        assertThat(users()).isEqualTo(1);
        int changed = cli.stored(database -> database.dsl().fetchCount(LIBRARY, LIBRARY.NAME.eq("Sesudah ekspor")));
        assertThat(changed).isZero();
        AuditEntryRecord row = lastAuditRow();
        assertThat(row.getFeature()).isEqualTo("transfer");
        assertThat(row.getUserLogin()).isEqualTo("koordinator");
        assertThat(row.getRecordLabel()).isEqualTo("semua.zip");
        try (var files = Files.list(folder.resolve("backups"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aSecretaryMayCheckButNotBackUp() {
        firstCoordinator();
        secretary();

        CliHarness.Result check = cli.as("sekretaris", SECRETARY_PASSWORD, "check", "--lang", "en");
        CliHarness.Result backup = cli.as("sekretaris", SECRETARY_PASSWORD, "backup", "--lang", "en");

        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("Schema version").contains("jalin_user").contains("audit_entry")
                .contains(" ok").contains("the database is in order");
        assertThat(check.err()).contains("Checking: 100%");
        assertThat(backup.code()).isEqualTo(ExitCodes.NOT_PERMITTED);
        assertThat(backup.err()).isEqualTo("Opening " + cli.h2 + System.lineSeparator()
                + "Signed in as Sari Sekretaris (Secretary)" + System.lineSeparator()
                + "jalin: Your role does not allow this. Ask the forum coordinator if you need to do it."
                + System.lineSeparator());
    }

    @Test
    void usersAreListedDisabledAndGivenANewPassword() {
        firstCoordinator();
        secretary();

        CliHarness.Result list = cli.as("koordinator", COORDINATOR_PASSWORD, "users", "list", "--lang", "en");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("sekretaris").contains("Sari Sekretaris").contains("Secretary")
                .contains("active");

        cli.env.put("JALIN_NEW_PASSWORD", "kata-sandi-baru");
        CliHarness.Result reset = cli.as("koordinator", COORDINATOR_PASSWORD, "users", "reset-password",
                "sekretaris");
        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(cli.as("sekretaris", "kata-sandi-baru", "check").code()).isZero();

        CliHarness.Result disabled = cli.as("koordinator", COORDINATOR_PASSWORD, "users", "disable", "sekretaris");
        assertThat(disabled.code()).as(disabled.err()).isZero();
        assertThat(disabled.out()).contains("sekretaris dinonaktifkan");
        assertThat(lastAuditRow().getAction()).isEqualTo("STATE_CHANGE");
        CliHarness.Result refused = cli.as("sekretaris", "kata-sandi-baru", "check");
        assertThat(refused.code()).isEqualTo(ExitCodes.LOGIN_REFUSED);
        assertThat(refused.err()).contains("dinonaktifkan");

        CliHarness.Result last = cli.as("koordinator", COORDINATOR_PASSWORD, "users", "disable", "koordinator");
        assertThat(last.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(last.err()).contains("koordinator");
    }

    @Test
    void anInvalidNewUserIsRefusedWithTheReasonsInWords() {
        firstCoordinator();
        cli.env.put("JALIN_NEW_PASSWORD", "pendek");

        CliHarness.Result refused = cli.as("koordinator", COORDINATOR_PASSWORD, "users", "add", "--login", "x",
                "--name", "X", "--role", "MEMBER_STAFF", "--lang", "en");

        assertThat(refused.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("The user was not saved");
        assertThat(users()).isEqualTo(1);
    }

    @Test
    void withoutDatabaseOptionsTheWorkstationsConfiguredDatabaseIsUsed() {
        firstCoordinator();
        cli.settings.put(Setting.H2_FILE, cli.h2.toString());
        cli.settings.put(Setting.LANGUAGE, "en-GB");
        cli.env.put("JALIN_PASSWORD", COORDINATOR_PASSWORD);

        CliHarness.Result check = cli.run("check", "--user", "koordinator");

        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.err()).contains("Opening " + cli.h2);
        assertThat(check.out()).contains("the database is in order");
    }

    @Test
    void aMissingCommandOrAnUnknownOneIsAUsageError() {
        assertThat(cli.run().code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("users").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("launch-rockets").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(JalinCli.isCommand(new String[] {"backup", "--user", "x"})).isTrue();
        assertThat(JalinCli.isCommand(new String[0])).isFalse();
        assertThat(JalinCli.isCommand(new String[] {"--demo"})).isFalse();
    }

    @Test
    void memberStaffAreAddedForTheirLibraryByItsCode() {
        firstCoordinator();
        cli.env.put("JALIN_NEW_PASSWORD", "rahasia-staf-unpad");

        CliHarness.Result added = cli.as("koordinator", COORDINATOR_PASSWORD, "users", "add", "--login", "rina",
                "--name", "Rina Lestari", "--role", "member_staff", "--library", "UNPAD");
        CliHarness.Result unknown = cli.as("koordinator", COORDINATOR_PASSWORD, "users", "add", "--login", "budi",
                "--name", "Budi", "--role", "member_staff", "--library", "TIDAKADA");

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("rina (Rina Lestari) ditambahkan sebagai Staf perpustakaan anggota");
        long unpad = cli.stored(database -> database.dsl().select(LIBRARY.ID).from(LIBRARY)
                .where(LIBRARY.CODE.eq("UNPAD")).fetchOne(LIBRARY.ID));
        Long library = cli.stored(database -> database.dsl().select(JALIN_USER.MEMBER_LIBRARY_ID).from(JALIN_USER)
                .where(JALIN_USER.LOGIN_NAME.eq("rina")).fetchOne(JALIN_USER.MEMBER_LIBRARY_ID));
        assertThat(library).isEqualTo(unpad);
        assertThat(unknown.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err()).contains("Tidak ada perpustakaan anggota dengan kode TIDAKADA");
        assertThat(users()).isEqualTo(2);
    }

    @Test
    void aSecretaryIsRefusedAMoveBeforeAnyServerPasswordIsAsked() {
        firstCoordinator();
        secretary();

        CliHarness.Result refused = cli.as("sekretaris", SECRETARY_PASSWORD, "move-to", "--to-host", "localhost",
                "--to-database", "jalin", "--to-user", "jalin");

        assertThat(refused.code()).isEqualTo(ExitCodes.NOT_PERMITTED);
        assertThat(refused.err()).doesNotContain("JALIN_PG_PASSWORD").contains("Peran Anda tidak mengizinkan");
    }

    @Test
    void anUnexpectedFailureIsOneLineAndItsStackTraceOnlyWithVerbose() throws Exception {
        firstCoordinator();
        Path notAFolder = Files.writeString(folder.resolve("berkas.txt"), "bukan folder");

        CliHarness.Result quiet = cli.as("koordinator", COORDINATOR_PASSWORD, "export-all",
                notAFolder.resolve("semua.zip").toString());
        CliHarness.Result verbose = cli.as("koordinator", COORDINATOR_PASSWORD, "export-all",
                notAFolder.resolve("semua.zip").toString(), "--verbose");

        assertThat(quiet.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(quiet.err()).contains("jalin: ").doesNotContain("\tat ");
        assertThat(verbose.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(verbose.err()).contains("jalin: ").contains("\tat ");
    }

    @Test
    void anArchiveThatIsNotOneIsRefusedInWordsAndNothingChanges() throws Exception {
        firstCoordinator();
        Path garbage = Files.writeString(folder.resolve("bukan-arsip.zip"), "bukan arsip");

        CliHarness.Result refused = cli.as("koordinator", COORDINATOR_PASSWORD, "restore", garbage.toString(),
                "--yes", "--verbose");

        assertThat(refused.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("bukan-arsip.zip bukan cadangan atau arsip ekspor Jalin").doesNotContain("\tat ");
        assertThat(users()).isEqualTo(1);
    }
}
