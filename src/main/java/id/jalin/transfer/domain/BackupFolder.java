package id.jalin.transfer.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of backups beside the embedded database: names carry the date and time
 * ({@code jalin-backup-2026-12-01-1730.zip}, then {@code -2}, {@code -3} for more in the same minute), so a person
 * can tell them apart in a file manager; only files with such names are ever listed or deleted.
 */
public final class BackupFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmm");
    private static final Pattern NAME = Pattern.compile("jalin-backup-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d+))?\\.zip");
    private static final Comparator<Backup> OLDEST_FIRST =
            Comparator.comparing(Backup::takenAt).thenComparingInt(Backup::sequence);

    private final Path folder;
    private final Clock clock;

    public BackupFolder(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The backups folder beside an embedded database file. */
    public static Path besideDatabase(Path h2File) {
        return h2File.toAbsolutePath().getParent().resolve("backups");
    }

    public Path folder() {
        return folder;
    }

    /** A name for a backup taken now that no file has yet. */
    public Path nextFile() throws IOException {
        Files.createDirectories(folder);
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path file = folder.resolve("jalin-backup-" + stamp + ".zip");
        for (int sequence = 2; Files.exists(file); sequence++) {
            file = folder.resolve("jalin-backup-" + stamp + "-" + sequence + ".zip");
        }
        return file;
    }

    /** Newest first. */
    public List<Backup> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> parse(file).ifPresent(backups::add));
        }
        backups.sort(OLDEST_FIRST.reversed());
        return backups;
    }

    public Optional<Backup> latest() throws IOException {
        return list().stream().findFirst();
    }

    /** Whether no backup has been taken today yet: the daily backup is due. */
    public boolean noneToday() throws IOException {
        LocalDate today = LocalDate.now(clock);
        return latest().map(latest -> latest.takenAt().toLocalDate().isBefore(today)).orElse(true);
    }

    /** Deletes all but the newest {@code keep}; returns what it deleted. */
    public List<Path> keepNewest(int keep) throws IOException {
        List<Backup> backups = list();
        List<Path> deleted = new ArrayList<>();
        for (Backup old : backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
            Files.deleteIfExists(old.file());
            deleted.add(old.file());
        }
        return deleted;
    }

    private static Optional<Backup> parse(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LocalDateTime takenAt = LocalDateTime.parse(matcher.group(1), STAMP);
            int sequence = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
            return Optional.of(new Backup(file, takenAt, sequence));
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }
}
