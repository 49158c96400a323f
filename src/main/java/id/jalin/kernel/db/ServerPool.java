package id.jalin.kernel.db;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;

/**
 * How Jalin pools its connections to a PostgreSQL server (decision record 0018). A desk keeps a few connections
 * open, tests the idle ones so a server that restarted is noticed before a connection is handed out, and gives up
 * waiting after a few seconds, so work fails with "the server cannot be reached" instead of hanging; once the server
 * is back the pool opens new connections by itself and the next attempt (the failure dialog's "Try again") works.
 */
final class ServerPool {
    /** Two workers run the app's background work; a few more for a long export beside a save. */
    static final int MAX_CONNECTIONS = 5;
    /** How long a request waits for a connection before it fails as unreachable. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    /** How long the test of a borrowed connection may take before the connection counts as dead. */
    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);
    /** Idle connections are tested this often, so one the server dropped is replaced while nobody waits. */
    static final Duration KEEPALIVE = Duration.ofMinutes(1);
    /** Connections are renewed at this age, before firewalls and server settings close them from the other side. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(20);

    private ServerPool() {
    }

    static HikariConfig configFor(ConnectionSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jalin-postgres");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.setKeepaliveTime(KEEPALIVE.toMillis());
        config.setMaxLifetime(MAX_LIFETIME.toMillis());
        // The driver's Connection.isValid tests a connection; no test query is needed with a JDBC4 driver.
        // TCP keep-alive lets the operating system notice a server that vanished without closing the socket.
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // Fail at once on a refused password or a missing database (the start window says which).
        config.setInitializationFailTimeout(1);
        return config;
    }
}
