package id.jalin.transfer.domain;

import id.jalin.kernel.db.transfer.TransferReport;
import java.nio.file.Path;

/** A backup written and read back: the file and each table's figures. */
public record BackupDone(Path file, TransferReport report) {
}
