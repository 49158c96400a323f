package id.jalin.cli;

import id.jalin.access.data.JooqUserRepository;
import id.jalin.access.domain.LoginRefusal;
import id.jalin.access.domain.LoginResult;
import id.jalin.access.domain.LoginService;
import id.jalin.access.domain.SignedInUser;
import id.jalin.access.domain.UserService;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.audit.JooqAuditRecorder;
import id.jalin.kernel.audit.JooqAuditTrail;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.MemberRepository;
import id.jalin.transfer.domain.BackupFolder;
import id.jalin.transfer.domain.BackupSettings;
import id.jalin.transfer.domain.DataCareService;
import id.jalin.transfer.domain.EmbeddedFile;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One command's database and person: opens (and migrates) the database the options or the workstation name, signs
 * the Jalin user in through the same {@link LoginService} as the login screen (so lock-out counts), and builds the
 * services over a {@link SignedInUser}, so the same permissions refuse and the same audit rows name the person.
 */
final class CliSession implements AutoCloseable {
    /** Whether the command needs a signed-in user, or is the first coordinator's creation on an empty database. */
    enum Access { SIGNED_IN, FIRST_COORDINATOR }

    private final CliEnvironment env;
    private final Messages messages;
    private final Database database;
    private final ConnectionSettings connection;
    private final Path backupsFolder;
    private final SignedInUser signedIn = new SignedInUser();
    private final LoginService logins;
    private final UserService users;

    private CliSession(CliEnvironment env, Messages messages, Database database, ConnectionSettings connection,
                       Path backupsFolder) {
        this.env = env;
        this.messages = messages;
        this.database = database;
        this.connection = connection;
        this.backupsFolder = backupsFolder;
        var repository = new JooqUserRepository(database.dsl(), new JooqAuditTrail(signedIn, env.clock()));
        this.logins = new LoginService(repository, env.hasher(), env.clock());
        this.users = new UserService(repository, env.hasher(), new Permissions(signedIn));
    }

    static CliSession open(CliEnvironment env, CommonOptions options, Messages messages, Access access) {
        Passwords passwords = new Passwords(env, messages);
        ConnectionPreferences preferences = new ConnectionPreferences(env.settings(), env.defaultH2File(), env.vault());
        ConnectionSettings connection = chosen(options, preferences, passwords);
        Path embedded = connection.mode() == DatabaseMode.EMBEDDED_H2 ? connection.h2File()
                : preferences.embeddedFile();
        env.err().println(messages.get("cli.opening", connection.mode() == DatabaseMode.EMBEDDED_H2
                ? connection.h2File().toAbsolutePath().toString() : connection.toString()));
        Database database = Database.open(connection);
        CliSession session = new CliSession(env, messages, database, connection,
                BackupFolder.besideDatabase(embedded));
        try {
            session.signIn(options, access, passwords);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** The options' database, or the one this workstation's Jalin opens (its server password as the app has it). */
    private static ConnectionSettings chosen(CommonOptions options, ConnectionPreferences preferences,
                                             Passwords passwords) {
        if (options.h2File != null && options.pgHost != null) {
            throw new CliFailure(ExitCodes.USAGE, "cli.error.twoDatabases");
        }
        if (options.h2File != null) {
            return ConnectionSettings.embedded(EmbeddedFile.fromChosen(options.h2File.toAbsolutePath()));
        }
        if (options.pgHost != null) {
            if (options.pgDatabase == null || options.pgUser == null) {
                throw new CliFailure(ExitCodes.USAGE, "cli.error.serverOptions");
            }
            ConnectionSettings server = ConnectionSettings.postgres(options.pgHost, options.pgPort,
                    options.pgDatabase, options.pgUser, "");
            return server.withPassword(passwords.server(server.toString()));
        }
        ConnectionSettings configured = preferences.load();
        if (configured.mode() == DatabaseMode.EMBEDDED_H2) {
            return configured;
        }
        Optional<String> remembered = preferences.rememberedPassword(configured);
        return configured.withPassword(remembered.orElseGet(() -> passwords.server(configured.toString())));
    }

    private void signIn(CommonOptions options, Access access, Passwords passwords) {
        boolean hasUsers = logins.hasUsers();
        if (access == Access.FIRST_COORDINATOR) {
            if (hasUsers) {
                throw new CliFailure(ExitCodes.NOT_PERMITTED, "cli.error.usersExist");
            }
            return;
        }
        if (!hasUsers) {
            throw new CliFailure(ExitCodes.NOT_PERMITTED, "cli.error.noUsers");
        }
        if (options.user == null || options.user.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, "cli.error.userRequired");
        }
        char[] password = passwords.from(Passwords.JALIN_PASSWORD, "cli.prompt.password", options.user)
                .orElseThrow(() -> new CliFailure(ExitCodes.LOGIN_REFUSED, "cli.error.noPassword",
                        Passwords.JALIN_PASSWORD));
        LoginResult result;
        try {
            result = logins.login(options.user, password);
        } finally {
            Passwords.wipe(password);
        }
        if (result instanceof LoginResult.Refused refused) {
            String words = refused.reason() == LoginRefusal.LOCKED
                    ? messages.get("access.login.refused.locked", messages.dateTime(
                            LocalDateTime.ofInstant(refused.lockedUntil(), env.clock().getZone())))
                    : messages.label("access.login.refused", refused.reason());
            throw CliFailure.inWords(ExitCodes.LOGIN_REFUSED, words);
        }
        Actor actor = ((LoginResult.SignedIn) result).actor();
        signedIn.signIn(actor);
        env.err().println(messages.get("cli.signedIn", actor.displayName(), messages.label("access.role",
                actor.role())));
    }

    Messages messages() {
        return messages;
    }

    Database database() {
        return database;
    }

    ConnectionSettings connection() {
        return connection;
    }

    UserService users() {
        return users;
    }

    /** The signed-in person's permissions: a command asks before it prompts for anything else. */
    Permissions permissions() {
        return new Permissions(signedIn);
    }

    MemberRepository members() {
        return new JooqMemberRepository(database.dsl(), new JooqAuditTrail(signedIn, env.clock()));
    }

    /** The union catalogue as the signed-in person may change it. */
    id.jalin.catalogue.domain.UnionCatalogueService catalogue() {
        MemberRepository register = members();
        id.jalin.catalogue.domain.MemberLabels codes = ids -> register.findAllLibraries().stream()
                .filter(library -> ids.contains(library.id()))
                .collect(java.util.stream.Collectors.toMap(library -> library.id(), library -> library.code()));
        return new id.jalin.catalogue.domain.UnionCatalogueService(new id.jalin.catalogue.data.JooqHoldingsStore(
                database.dsl(), new JooqAuditTrail(signedIn, env.clock()), codes, signedIn, env.clock()),
                new Permissions(signedIn));
    }

    DataCareService dataCare() {
        return new DataCareService(database, new BackupFolder(backupsFolder, env.clock()),
                new BackupSettings(env.settings()), new Permissions(signedIn), env.clock(), Database::open,
                new JooqAuditRecorder(database.dsl(), new JooqAuditTrail(signedIn, env.clock())));
    }

    @Override
    public void close() {
        database.close();
    }
}
