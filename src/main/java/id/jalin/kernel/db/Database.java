package id.jalin.kernel.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database, migrated to the current schema. Repositories get its {@link #dsl()} and never
 * learn whether it is the embedded file or the shared server.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseMode mode;
    private final DataSource dataSource;
    private final DSLContext dsl;
    private final AutoCloseable closer;

    private Database(DatabaseMode mode, DataSource dataSource, AutoCloseable closer) {
        this(mode, dataSource, closer, () -> { });
    }

    /** {@code connectionLost} runs when a statement finds its connection cut by the server or the network. */
    private Database(DatabaseMode mode, DataSource dataSource, AutoCloseable closer, Runnable connectionLost) {
        this.mode = mode;
        this.dataSource = dataSource;
        this.closer = closer;
        SQLDialect dialect = mode == DatabaseMode.EMBEDDED_H2 ? SQLDialect.H2 : SQLDialect.POSTGRES;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(new org.jooq.impl.DefaultConfiguration().set(dataSource).set(dialect).set(settings)
                .set(org.jooq.ExecuteListener.onException(context -> {
                    if (cutOff(context.sqlException())) {
                        connectionLost.run();
                    }
                })));
    }

    /** Opens the database the settings name, and brings its schema up to date. */
    public static Database open(ConnectionSettings settings) {
        return open(settings, step -> { });
    }

    /**
     * Opens and migrates, telling {@code steps} (on the calling thread) where it has got to. Slow on a first start
     * or a far server, so the app calls it off the FX thread.
     */
    public static Database open(ConnectionSettings settings, java.util.function.Consumer<OpeningStep> steps) {
        steps.accept(OpeningStep.CONNECTING);
        Database database = connect(settings);
        try {
            steps.accept(OpeningStep.MIGRATING);
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Opens without migrating: for reading the server version in the settings dialog. */
    public static Database connect(ConnectionSettings settings) {
        return switch (settings.mode()) {
            case EMBEDDED_H2 -> openH2(settings);
            case SHARED_POSTGRES -> openPostgres(settings);
        };
    }

    /** Wraps an existing data source (tests, benchmarks). */
    public static Database over(DatabaseMode mode, DataSource dataSource) {
        return over(mode, dataSource, () -> { });
    }

    /**
     * Wraps a data source whose schema is already current, without asking Flyway: a test's copy of a database
     * migrated once as a template.
     */
    public static Database overMigrated(DatabaseMode mode, DataSource dataSource, AutoCloseable closer) {
        return new Database(mode, dataSource, closer);
    }

    /** Wraps an existing data source whose pool {@code closer} closes with the database (tests, benchmarks). */
    public static Database over(DatabaseMode mode, DataSource dataSource, AutoCloseable closer) {
        Database database = new Database(mode, dataSource, closer);
        database.migrate();
        return database;
    }

    private static Database openH2(ConnectionSettings settings) {
        try {
            java.nio.file.Files.createDirectories(settings.h2File().toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.OTHER, e.getMessage(), e);
        }
        // A pool keeps one connection open, so H2 does not reopen the file for every query.
        JdbcConnectionPool pool = JdbcConnectionPool.create(settings.jdbcUrl(), "sa", "");
        pool.setMaxConnections(8);
        Database database = new Database(DatabaseMode.EMBEDDED_H2, pool, () -> {
            EmbeddedFileCompaction.compactIfSparse(pool);
            pool.dispose();
        });
        database.probe();
        return database;
    }

    private static Database openPostgres(ConnectionSettings settings) {
        HikariDataSource pool;
        try {
            // Tries one connection at once, so a wrong password or an absent server is told now, not on first use.
            pool = new HikariDataSource(ServerPool.configFor(settings));
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw DatabaseFailures.classify(sql);
            }
            throw new DatabaseUnavailableException(DatabaseUnavailableException.Reason.OTHER, e.getMessage(), e);
        }
        // A server that went away leaves every idle connection dead, yet one used in the last half second is handed
        // out untested: drop them all at the first sign, so "Try again" after the server is back gets a live one.
        HikariDataSource lost = pool;
        Database database = new Database(DatabaseMode.SHARED_POSTGRES, pool, pool::close,
                () -> lost.getHikariPoolMXBean().softEvictConnections());
        database.probe();
        return database;
    }

    /** Connection failures (08...) and the server shutting down or restarting under the connection (57P0x). */
    private static boolean cutOff(SQLException failure) {
        String state = failure == null || failure.getSQLState() == null ? "" : failure.getSQLState();
        return state.startsWith("08") || state.startsWith("57P0");
    }

    private void probe() {
        try (Connection ignored = dataSource.getConnection()) {
            LOG.debug("Connected to {}", mode);
        } catch (SQLException e) {
            close();
            throw DatabaseFailures.classify(e);
        }
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DatabaseMode mode() {
        return mode;
    }

    /** "H2 2.5.252" or "PostgreSQL 17.2": what the settings dialog reports after a test connection. */
    public String serverVersion() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw DatabaseFailures.classify(e);
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            LOG.warn("Closing the database failed", e);
        }
    }
}
