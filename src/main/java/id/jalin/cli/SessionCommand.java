package id.jalin.cli;

import id.jalin.kernel.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command that works on an opened database as a signed-in Jalin user; failures reach {@link FailureHandler}. */
abstract class SessionCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    final CliEnvironment env;

    SessionCommand(CliEnvironment env) {
        this.env = env;
    }

    CliSession.Access access() {
        return CliSession.Access.SIGNED_IN;
    }

    @Override
    public final Integer call() throws Exception {
        Messages messages = new Messages(options.language(env));
        try (CliSession session = CliSession.open(env, options, messages, access())) {
            return run(session);
        }
    }

    abstract int run(CliSession session) throws Exception;

    CommonOptions options() {
        return options;
    }
}
