package id.jalin.kernel.db;

import java.nio.file.Path;

/** Runs in a second JVM: opens an embedded database file, says READY, and keeps it open until killed. */
public final class HoldDatabaseOpen {
    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.open(ConnectionSettings.embedded(Path.of(args[0])))) {
            database.serverVersion();
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
