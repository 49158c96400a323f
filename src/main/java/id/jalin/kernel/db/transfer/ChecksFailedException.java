package id.jalin.kernel.db.transfer;

/**
 * The copied or restored rows did not match what they came from; the whole run was rolled back, so the target
 * holds what it held before. The report says which tables differed.
 */
public class ChecksFailedException extends RuntimeException {
    private final TransferReport report;

    public ChecksFailedException(TransferReport report) {
        super("Row counts or checksums differ after the copy; nothing was kept");
        this.report = report;
    }

    public TransferReport report() {
        return report;
    }
}
