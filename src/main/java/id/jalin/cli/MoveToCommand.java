package id.jalin.cli;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.transfer.TransferReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Copies the database into an empty one on a PostgreSQL server, checked by row counts and checksums; the source is
 * only read. The server's password comes from {@code JALIN_PG_PASSWORD} or the prompt, never an option. The
 * workstation keeps using its database: pointing desks at the server is the app's step (its connection settings).
 */
@Command(name = "move-to", description = "Copy everything into an empty database on a PostgreSQL server.")
final class MoveToCommand extends SessionCommand {
    @Option(names = "--to-host", required = true, paramLabel = "<host>")
    String host;

    @Option(names = "--to-port", defaultValue = "5432", paramLabel = "<port>")
    int port;

    @Option(names = "--to-database", required = true, paramLabel = "<name>")
    String database;

    @Option(names = "--to-user", required = true, paramLabel = "<role>", description = "The server's login role "
            + "(its password from JALIN_PG_PASSWORD or asked).")
    String user;

    MoveToCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CliSession session) {
        // The service asks again; asking first spares someone who may not move the data a password prompt.
        session.permissions().requireCoordinator("move the data to a server");
        ConnectionSettings target = ConnectionSettings.postgres(host, port, database, user, "");
        String password = new Passwords(env, session.messages()).server(target.toString());
        TransferReport report = session.dataCare().moveTo(target.withPassword(password),
                new ProgressPrinter(env.err(), session.messages().get("cli.progress.move")));
        new ReportPrinter(env.out(), session.messages()).print(report);
        env.out().println(session.messages().get("cli.move.done", target.toString()));
        return ExitCodes.OK;
    }
}
