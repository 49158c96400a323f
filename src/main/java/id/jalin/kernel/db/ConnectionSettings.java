package id.jalin.kernel.db;

import java.nio.file.Path;

/**
 * How to reach the database. For {@link DatabaseMode#EMBEDDED_H2} only {@code h2File} matters
 * (the file name without H2's ".mv.db" ending); for {@link DatabaseMode#SHARED_POSTGRES} the server fields do.
 */
public record ConnectionSettings(DatabaseMode mode, Path h2File,
                                 String host, int port, String database, String user, String password) {

    public static ConnectionSettings embedded(Path h2File) {
        return new ConnectionSettings(DatabaseMode.EMBEDDED_H2, h2File, "", 5432, "", "", "");
    }

    public static ConnectionSettings postgres(String host, int port, String database, String user, String password) {
        return new ConnectionSettings(DatabaseMode.SHARED_POSTGRES, null, host, port, database, user, password);
    }

    public String jdbcUrl() {
        return switch (mode) {
            // DATABASE_TO_LOWER keeps H2's identifiers in the same case as PostgreSQL's and the generated classes.
            // WRITE_DELAY=0 writes each commit to the file before the commit returns; with H2's default (500 ms in a
            // background thread) a killed or crashed Jalin lost work it had reported saved (KillTest, decision 0020).
            // REUSE_SPACE=FALSE appends every commit at the end of the file: where H2 reused a gap, a kill could make
            // it reopen at an older commit, or not at all (decision 0033); the close compacts the file instead.
            case EMBEDDED_H2 -> "jdbc:h2:file:" + h2File.toAbsolutePath()
                    + ";DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
            case SHARED_POSTGRES -> "jdbc:postgresql://" + host + ":" + port + "/" + database
                    + "?connectTimeout=10&ApplicationName=Jalin";
        };
    }

    public ConnectionSettings withPassword(String newPassword) {
        return new ConnectionSettings(mode, h2File, host, port, database, user, newPassword);
    }

    @Override
    public String toString() {
        // Never print the password into a log.
        return mode == DatabaseMode.EMBEDDED_H2 ? "H2 " + h2File : "PostgreSQL " + user + "@" + host + ":" + port + "/" + database;
    }
}
