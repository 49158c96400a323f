package id.jalin.transfer.domain;

import id.jalin.kernel.db.transfer.TransferReport;
import java.nio.file.Path;

/** A restore committed: the backup of the state before it, and each table's figures. */
public record RestoreDone(Path backupBefore, TransferReport report) {
}
