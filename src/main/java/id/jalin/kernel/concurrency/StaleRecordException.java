package id.jalin.kernel.concurrency;

/**
 * Someone else saved the record after it was opened here. Saving would overwrite their change,
 * so the save is refused; the screen offers to reload or to keep the typed text and re-apply it.
 */
public class StaleRecordException extends RuntimeException {
    private final String recordLabel;

    public StaleRecordException(String recordLabel) {
        super("Record changed by someone else since it was opened: " + recordLabel);
        this.recordLabel = recordLabel;
    }

    public String recordLabel() {
        return recordLabel;
    }
}
