package id.jalin.catalogue.harvest;

import id.jalin.kernel.validation.FieldError;
import java.util.List;

/**
 * A harvest stopped because of the member's server: what the user is told comes from the bundle key
 * ({@code catalogue.harvest.*}) and its arguments. Checked, so that the caller rolls back what the sink received and
 * reports the member as failed (the nightly job then goes on with the next member).
 */
public final class HarvestFailedException extends Exception {
    private final String messageKey;
    private final transient List<Object> args;

    public HarvestFailedException(String messageKey, List<Object> args, Throwable cause) {
        super(messageKey + " " + args, cause);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public static HarvestFailedException because(String messageKey, Object... args) {
        return new HarvestFailedException(messageKey, List.of(args), null);
    }

    public static HarvestFailedException because(Throwable cause, String messageKey, Object... args) {
        return new HarvestFailedException(messageKey, List.of(args), cause);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The reason as the import report and the failure dialog show reasons: field "server", key and arguments. */
    public FieldError reason() {
        return new FieldError("server", messageKey, args);
    }
}
