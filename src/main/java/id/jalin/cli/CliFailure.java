package id.jalin.cli;

/**
 * A run that stops with a message from the bundles and an exit code ({@link ExitCodes}); the message is the whole
 * story, so no stack trace is printed for it even with {@code --verbose}.
 */
public final class CliFailure extends RuntimeException {
    private final int exitCode;
    private final String key;
    private final transient Object[] arguments;
    private final String words;

    public CliFailure(int exitCode, String key, Object... arguments) {
        super(key);
        this.exitCode = exitCode;
        this.key = key;
        this.arguments = arguments.clone();
        this.words = null;
    }

    private CliFailure(int exitCode, String words, boolean resolved) {
        super(words);
        this.exitCode = exitCode;
        this.key = null;
        this.arguments = new Object[0];
        this.words = words;
    }

    /** A failure whose words are already put together (from an enum's label, say). */
    public static CliFailure inWords(int exitCode, String words) {
        return new CliFailure(exitCode, words, true);
    }

    /** The message in the run's language. */
    public String message(id.jalin.kernel.i18n.Messages messages) {
        return words != null ? words : messages.get(key, arguments);
    }

    public int exitCode() {
        return exitCode;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
