package id.jalin.kernel.task;

/** Thrown out of long work when the user cancelled it; whatever it was writing is rolled back. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled by the user");
    }
}
