package id.jalin.kernel.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, migrated databases for storage tests: an in-memory H2, or a new database on a real PostgreSQL
 * server. The server is the one named by {@code JALIN_PG_URL} (with {@code JALIN_PG_USER}/{@code JALIN_PG_PASSWORD})
 * when set, otherwise an embedded PostgreSQL started once per test JVM.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    public enum Kind { H2, POSTGRES }

    public static Database fresh(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    /**
     * A new in-memory H2 database, already migrated: the schema of one database migrated once per test JVM is
     * written out as a script and run into each new one, which takes a fraction of asking Flyway every time.
     */
    public static Database h2() {
        return h2From(h2Template());
    }

    private static Database h2From(String script) {
        DataSource source = h2Source("t" + COUNTER.incrementAndGet() + "_" + System.nanoTime());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the H2 template " + script, e);
        }
        return Database.overMigrated(DatabaseMode.EMBEDDED_H2, source, () -> { });
    }

    private static String h2Template;
    private static final java.util.Map<String, String> FILLED_H2 = new java.util.HashMap<>();
    private static final java.util.Map<String, String> FILLED_POSTGRES = new java.util.HashMap<>();

    /**
     * A new migrated database holding what {@code fill} stores (the demo forum, say): filled once per test JVM,
     * kind and {@code name}, then copied like the empty template, so tests that each start from the same forum
     * do not each spend seconds storing it. Each copy is the test's own to change.
     */
    public static Database filled(Kind kind, String name, java.util.function.Consumer<Database> fill) {
        return kind == Kind.H2 ? h2From(filledH2(name, fill)) : pooled(copyOf(filledPostgres(name, fill)));
    }

    private static synchronized String filledH2(String name, java.util.function.Consumer<Database> fill) {
        String script = FILLED_H2.get(name);
        if (script == null) {
            try (Database database = h2()) {
                fill.accept(database);
                java.nio.file.Path file = java.nio.file.Files.createTempFile("jalin-h2-" + name, ".sql");
                file.toFile().deleteOnExit();
                script = file.toAbsolutePath().toString().replace("'", "''");
                String command = "SCRIPT TO '" + script + "'";
                database.dsl().connection(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(command);
                        statement.execute("SHUTDOWN");
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the filled H2 template " + name, e);
            }
            FILLED_H2.put(name, script);
        }
        return script;
    }

    private static synchronized String filledPostgres(String name, java.util.function.Consumer<Database> fill) {
        String template = FILLED_POSTGRES.get(name);
        if (template == null) {
            template = copyOfTemplate();
            // no pool, so that no connection stays open on a database that is to be copied
            try (Database database = Database.overMigrated(DatabaseMode.SHARED_POSTGRES, sourceFor(template),
                    () -> { })) {
                fill.accept(database);
            }
            FILLED_POSTGRES.put(name, template);
        }
        return template;
    }

    private static synchronized String h2Template() {
        if (h2Template == null) {
            DataSource source = h2Source("template_" + System.nanoTime());
            Database.over(DatabaseMode.EMBEDDED_H2, source).close();
            try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
                java.nio.file.Path script = java.nio.file.Files.createTempFile("jalin-h2-template", ".sql");
                script.toFile().deleteOnExit();
                statement.execute("SCRIPT TO '" + script.toAbsolutePath().toString().replace("'", "''") + "'");
                statement.execute("SHUTDOWN");
                h2Template = script.toAbsolutePath().toString().replace("'", "''");
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not write the migrated H2 template", e);
            }
        }
        return h2Template;
    }

    static DataSource h2Source(String name) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        source.setUser("sa");
        return source;
    }

    /**
     * A new database on the test server, already migrated: copied from a template migrated once per test JVM (a
     * copy takes a tenth of running every migration again), and reached through a small pool, as the app does
     * (a new server connection for every statement cost the storage tests minutes).
     */
    public static Database postgres() {
        return pooled(copyOfTemplate());
    }

    private static Database pooled(String name) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(sourceFor(name));
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setPoolName(name);
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config);
        return Database.overMigrated(DatabaseMode.SHARED_POSTGRES, pool, pool::close);
    }

    private static String template;

    private static synchronized String copyOfTemplate() {
        if (template == null) {
            String name = "jalin_template_" + ProcessHandle.current().pid();
            execute("CREATE DATABASE " + name);
            // no pool: every connection is closed again, as a template must have none open when it is copied
            Database.over(DatabaseMode.SHARED_POSTGRES, sourceFor(name)).close();
            template = name;
        }
        return copyOf(template);
    }

    private static synchronized String copyOf(String template) {
        String name = "jalin_test_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try {
            // copying the files is twice as quick as logging them (PostgreSQL 15's default) for a small template
            execute("CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY FILE_COPY");
        } catch (IllegalStateException olderServer) {
            execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        return name;
    }

    private static void execute(String sql) {
        try (Connection admin = adminSource().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql + " on the test server", e);
        }
    }

    /** A new empty database on the test server; two {@link Database}s over it act as two workstations. */
    public static synchronized DataSource newPostgresDatabase() {
        String name = "jalin_test_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        execute("CREATE DATABASE " + name);
        return sourceFor(name);
    }

    /** Connection settings, as a user would type them, for a new database on the test server. */
    public static synchronized ConnectionSettings newPostgresSettings() {
        PGSimpleDataSource source = (PGSimpleDataSource) newPostgresDatabase();
        return ConnectionSettings.postgres(source.getServerNames()[0], source.getPortNumbers()[0],
                source.getDatabaseName(), source.getUser(), source.getPassword() == null ? "" : source.getPassword());
    }

    private static DataSource adminSource() {
        String url = System.getenv("JALIN_PG_URL");
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            source.setUser(env("JALIN_PG_USER", "postgres"));
            source.setPassword(env("JALIN_PG_PASSWORD", "postgres"));
            return source;
        }
        return embedded().getPostgresDatabase();
    }

    private static DataSource sourceFor(String database) {
        String url = System.getenv("JALIN_PG_URL");
        PGSimpleDataSource source = new PGSimpleDataSource();
        if (url != null && !url.isBlank()) {
            source.setURL(url.substring(0, url.lastIndexOf('/') + 1) + database);
            source.setUser(env("JALIN_PG_USER", "postgres"));
            source.setPassword(env("JALIN_PG_PASSWORD", "postgres"));
        } else {
            source.setURL("jdbc:postgresql://localhost:" + embedded().getPort() + "/" + database);
            source.setUser("postgres");
        }
        return source;
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temp folder is cleaned by the OS
                }
            }));
        }
        return embedded;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
