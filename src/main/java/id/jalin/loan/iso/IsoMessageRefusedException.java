package id.jalin.loan.iso;

import java.util.List;

/**
 * A file that Jalin will not read as an ISO 18626 message, with the reason as a bundle key (under
 * {@code loan.iso.refused.}) and its arguments. Checked, so that every caller shows the reason instead of letting
 * it surface as a crash.
 */
public final class IsoMessageRefusedException extends Exception {
    private final String messageKey;
    private final transient List<Object> args;

    private IsoMessageRefusedException(String messageKey, List<Object> args) {
        super("ISO 18626 message refused: " + messageKey + " " + args);
        this.messageKey = messageKey;
        this.args = args;
    }

    public static IsoMessageRefusedException because(String messageKey, Object... args) {
        return new IsoMessageRefusedException(messageKey, List.of(args));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The arguments as {@code Messages.get(key, args)} takes them. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
