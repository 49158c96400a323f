package id.jalin.transfer.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file in the backups folder and the moment its name says it was taken. */
public record Backup(Path file, LocalDateTime takenAt, int sequence) {
}
