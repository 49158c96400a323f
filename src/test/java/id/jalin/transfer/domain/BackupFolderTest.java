package id.jalin.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup names carry the moment; the folder keeps the newest N and touches no other file. */
class BackupFolderTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path folder;

    private static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(JAKARTA).toInstant(), JAKARTA);
    }

    private Path take(String localDateTime) throws Exception {
        return Files.writeString(new BackupFolder(folder, at(localDateTime)).nextFile(), "x");
    }

    @Test
    void aBackupIsNamedByItsDateAndTimeAndASecondInTheSameMinuteGetsANumber() throws Exception {
        assertThat(take("2026-12-01T17:30:05").getFileName()).hasToString("jalin-backup-2026-12-01-1730.zip");
        assertThat(take("2026-12-01T17:30:40").getFileName()).hasToString("jalin-backup-2026-12-01-1730-2.zip");

        assertThat(new BackupFolder(folder, at("2026-12-01T18:00:00")).list()).extracting(b -> b.file().getFileName()
                .toString()).containsExactly("jalin-backup-2026-12-01-1730-2.zip", "jalin-backup-2026-12-01-1730.zip");
    }

    @Test
    void onlyTheNewestAreKeptAndOtherFilesAreLeftAlone() throws Exception {
        for (int day = 1; day <= 12; day++) {
            take(String.format("2026-11-%02dT08:00:00", day));
        }
        Path notes = Files.writeString(folder.resolve("catatan.txt"), "milik pengguna");
        Path lookalike = Files.writeString(folder.resolve("jalin-backup-lama.zip"), "bukan nama cadangan");

        BackupFolder backups = new BackupFolder(folder, at("2026-11-12T09:00:00"));
        assertThat(backups.keepNewest(10)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("jalin-backup-2026-11-01-0800.zip", "jalin-backup-2026-11-02-0800.zip");

        assertThat(backups.list()).hasSize(10);
        assertThat(backups.list().get(0).takenAt()).isEqualTo(LocalDateTime.parse("2026-11-12T08:00:00"));
        assertThat(notes).exists();
        assertThat(lookalike).exists();
    }

    @Test
    void theDailyBackupIsDueOnceADay() throws Exception {
        assertThat(new BackupFolder(folder, at("2026-12-01T08:00:00")).noneToday()).isTrue();
        take("2026-12-01T08:00:00");

        assertThat(new BackupFolder(folder, at("2026-12-01T23:59:00")).noneToday()).isFalse();
        assertThat(new BackupFolder(folder, at("2026-12-02T00:01:00")).noneToday()).isTrue();
    }

    @Test
    void aClockInstantIsReadInTheWorkstationsZone() throws Exception {
        Clock utcEvening = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), JAKARTA);
        assertThat(new BackupFolder(folder, utcEvening).nextFile().getFileName())
                .hasToString("jalin-backup-2026-12-01-0300.zip");
    }
}
