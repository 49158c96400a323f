package id.jalin.kernel.concurrency;

/** The record was deleted by someone else since it was opened here. */
public class RecordGoneException extends RuntimeException {
    private final String recordLabel;

    public RecordGoneException(String recordLabel) {
        super("Record deleted by someone else: " + recordLabel);
        this.recordLabel = recordLabel;
    }

    public String recordLabel() {
        return recordLabel;
    }
}
