package id.jalin.cli;

import id.jalin.access.domain.User;
import id.jalin.access.domain.UserDraft;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code users add | disable | reset-password | list}: the coordinator's users screen, for a script. */
@Command(name = "users", description = "Add, disable, list users, or give one a new password.")
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: add, disable, reset-password or list");
    }

    /** Prints a refused save's reasons and fails; returns the saved user otherwise. */
    static User saved(SaveResult<User> result, Messages messages, java.io.PrintStream err) {
        if (result instanceof SaveResult.Saved<User> saved) {
            return saved.value();
        }
        if (result instanceof SaveResult.Invalid<User> invalid) {
            for (FieldError error : invalid.validation().errors()) {
                err.println(messages.get(error.messageKey(), error.args().toArray()));
            }
            throw new CliFailure(ExitCodes.FAILURE, "cli.users.invalid");
        }
        throw new CliFailure(ExitCodes.FAILURE, "failure.reason.record_changed");
    }

    static User find(CliSession session, String login) {
        return session.users().users().stream().filter(u -> u.loginName().equalsIgnoreCase(login.strip()))
                .findFirst().orElseThrow(() -> new CliFailure(ExitCodes.FAILURE, "cli.users.unknown", login));
    }

    @Command(name = "add", description = "Add a user; the password from JALIN_NEW_PASSWORD or typed twice.")
    static final class Add extends SessionCommand {
        @Option(names = "--login", required = true, paramLabel = "<login>")
        String login;

        @Option(names = "--name", required = true, paramLabel = "<display name>")
        String displayName;

        @Option(names = "--role", paramLabel = "COORDINATOR|SECRETARY|MEMBER_STAFF|READ_ONLY")
        Role role;

        @Option(names = "--library", paramLabel = "<member code>", description = "For MEMBER_STAFF: their library.")
        String library;

        @Option(names = "--first-coordinator", description = "On a database without users: create its first "
                + "coordinator (no login needed, as at the app's first start).")
        boolean first;

        Add(CliEnvironment env) {
            super(env);
        }

        @Override
        CliSession.Access access() {
            return first ? CliSession.Access.FIRST_COORDINATOR : CliSession.Access.SIGNED_IN;
        }

        @Override
        int run(CliSession session) {
            Messages messages = session.messages();
            if (!first && role == null) {
                throw new CliFailure(ExitCodes.USAGE, "cli.users.roleRequired");
            }
            Long libraryId = null;
            if (library != null) {
                libraryId = session.members().findMemberByCode(library.strip())
                        .map(member -> member.library().id())
                        .orElseThrow(() -> new CliFailure(ExitCodes.FAILURE, "cli.users.unknownLibrary", library));
            }
            char[][] passwords = new Passwords(env, messages).newPassword(login);
            User user;
            try {
                SaveResult<User> result = first
                        ? session.users().createFirstCoordinator(login, displayName, passwords[0], passwords[1])
                        : session.users().create(new UserDraft(login, displayName, role, libraryId), passwords[0],
                                passwords[1]);
                user = saved(result, messages, env.err());
            } finally {
                Passwords.wipe(passwords);
            }
            env.out().println(messages.get("cli.users.added", user.loginName(), user.displayName(),
                    messages.label("access.role", user.role())));
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", description = "Disable a login (the forum keeps at least one active coordinator).")
    static final class Disable extends SessionCommand {
        @Parameters(index = "0", paramLabel = "<login>")
        String login;

        Disable(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(CliSession session) {
            User user = saved(session.users().setActive(find(session, login), false), session.messages(), env.err());
            env.out().println(session.messages().get("cli.users.disabled", user.loginName()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset-password", description = "Give a user a new password (JALIN_NEW_PASSWORD or typed "
            + "twice); it also ends a lock-out.")
    static final class ResetPassword extends SessionCommand {
        @Parameters(index = "0", paramLabel = "<login>")
        String login;

        ResetPassword(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(CliSession session) {
            User user = find(session, login);
            char[][] passwords = new Passwords(env, session.messages()).newPassword(user.loginName());
            try {
                saved(session.users().resetPassword(user.id(), passwords[0], passwords[1]), session.messages(),
                        env.err());
            } finally {
                Passwords.wipe(passwords);
            }
            env.out().println(session.messages().get("cli.users.passwordReset", user.loginName()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List the users: login, name, role, state.")
    static final class ListUsers extends SessionCommand {
        ListUsers(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(CliSession session) {
            Messages messages = session.messages();
            for (User user : session.users().users()) {
                String state = messages.get(!user.active() ? "cli.users.state.disabled"
                        : user.isLocked(env.clock().instant()) ? "cli.users.state.locked" : "cli.users.state.active");
                env.out().printf("%-24s %-32s %-26s %s%n", user.loginName(), user.displayName(),
                        messages.label("access.role", user.role()), state);
            }
            return ExitCodes.OK;
        }
    }
}
