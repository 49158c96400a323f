package id.jalin.cli;

import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.db.transfer.ChecksFailedException;
import id.jalin.kernel.db.transfer.TransferRefusedException;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FailureReason;
import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what stopped a command into one line in the user's words on standard error and an exit code: the same
 * reasons the app's failure dialogs give. The stack trace only with {@code --verbose}, and never for a failure the
 * message already explains.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    private final CliEnvironment env;

    FailureHandler(CliEnvironment env) {
        this.env = env;
    }

    /** {@code expected}: a reason the words fully explain (a refusal, a role, a file), no trace needed. */
    record Outcome(int exitCode, String words, boolean expected) {
        Outcome(int exitCode, String words) {
            this(exitCode, words, true);
        }
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        CommonOptions options = command.getCommand() instanceof SessionCommand session ? session.options() : null;
        Messages messages = new Messages(CommonOptions.languageOf(options == null ? null : options.language, env));
        Outcome outcome = outcome(failure, messages);
        PrintStream err = env.err();
        err.println("jalin: " + outcome.words());
        if (options != null && options.verbose && !outcome.expected()) {
            failure.printStackTrace(err);
        }
        return outcome.exitCode();
    }

    static Outcome outcome(Throwable failure, Messages messages) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CliFailure cli) {
                return new Outcome(cli.exitCode(), cli.message(messages));
            }
            if (cause instanceof NotPermittedException) {
                return new Outcome(ExitCodes.NOT_PERMITTED, messages.get("failure.reason.not_permitted"));
            }
            if (cause instanceof TransferRefusedException refused) {
                return new Outcome(ExitCodes.FAILURE, messages.get("transfer.refused."
                        + refused.refusal().name().toLowerCase(Locale.ROOT), refused.arguments()));
            }
            if (cause instanceof ChecksFailedException) {
                return new Outcome(ExitCodes.FAILURE, messages.get("transfer.checksFailed"));
            }
        }
        if (FailureReason.of(failure) == FailureReason.UNKNOWN) {
            // The app shows the details below its message; here they are the rest of the one line.
            return new Outcome(ExitCodes.FAILURE, messages.get("cli.error.unexpected", firstLine(failure)), false);
        }
        return new Outcome(ExitCodes.FAILURE, new FailureExplainer(messages).reason(failure));
    }

    /** The innermost cause says what happened ("Not a directory"); wrappers say only "Rollback caused". */
    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
