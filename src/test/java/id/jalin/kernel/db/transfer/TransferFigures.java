package id.jalin.kernel.db.transfer;

import static id.jalin.kernel.db.generated.Tables.CARD_HOLDER;
import static id.jalin.kernel.db.generated.Tables.LIBRARY;

import id.jalin.app.DemoData;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jooq.InsertValuesStep4;

/**
 * Not a test: prints how long a move, a backup and a restore take for the demo forum and for a forum with many card
 * holders, on an embedded file and an embedded PostgreSQL. Run by hand (README, CHANGELOG figures):
 * {@code java -cp target/classes:target/test-classes:<test class path> id.jalin.kernel.db.transfer.TransferFigures 100000}
 */
public final class TransferFigures {
    private TransferFigures() {
    }

    public static void main(String[] args) throws Exception {
        int extraHolders = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Path folder = Files.createTempDirectory("jalin-figures");
        try (Database embedded = Database.open(ConnectionSettings.embedded(folder.resolve("jalin")))) {
            DemoData.load(embedded);
            addHolders(embedded, extraHolders);
            long rows = 0;
            for (var table : TransferTables.inDependencyOrder()) {
                rows += embedded.dsl().fetchCount(table);
            }
            System.out.printf("rows in all tables: %,d (extra card holders %,d)%n", rows, extraHolders);

            Path archive = folder.resolve("backup.zip");
            long start = System.nanoTime();
            new ArchiveExport(Clock.systemDefaultZone()).export(embedded, archive, Progress.NONE);
            report("backup (export) H2", start);
            start = System.nanoTime();
            new ArchiveRestore().verify(archive, Progress.NONE);
            report("backup read back", start);
            System.out.printf("archive size: %,d bytes%n", Files.size(archive));
            start = System.nanoTime();
            new ArchiveRestore().restore(archive, embedded, Progress.NONE);
            report("restore H2", start);

            try (Database postgres = Database.open(TestDatabases.newPostgresSettings())) {
                start = System.nanoTime();
                TransferReport moved = new DatabaseCopy().copy(embedded, postgres, Progress.NONE);
                report("move H2 -> PostgreSQL (all match: " + moved.allMatch() + ")", start);
                try (Database back = Database.open(ConnectionSettings.embedded(folder.resolve("trip")))) {
                    start = System.nanoTime();
                    TransferReport copied = new DatabaseCopy().copy(postgres, back, Progress.NONE);
                    report("workstation copy PostgreSQL -> H2 (all match: " + copied.allMatch() + ")", start);
                }
                start = System.nanoTime();
                new ArchiveExport(Clock.systemDefaultZone()).export(postgres, folder.resolve("pg.zip"), Progress.NONE);
                report("export everything PostgreSQL", start);
            }
        }
        System.exit(0);
    }

    private static void addHolders(Database database, int count) {
        List<Long> libraries = database.dsl().select(LIBRARY.ID).from(LIBRARY).fetch(LIBRARY.ID);
        database.dsl().transaction(tx -> {
            InsertValuesStep4<?, Long, String, String, String> insert = null;
            for (int i = 0; i < count; i++) {
                if (insert == null) {
                    insert = tx.dsl().insertInto(CARD_HOLDER, CARD_HOLDER.LIBRARY_ID, CARD_HOLDER.HOLDER_NUMBER,
                            CARD_HOLDER.NAME, CARD_HOLDER.KIND);
                }
                insert = insert.values(libraries.get(i % libraries.size()), "G" + i, "Pemegang Kartu " + i, "STUDENT");
                if (i % 1000 == 999 || i == count - 1) {
                    insert.execute();
                    insert = null;
                }
            }
        });
    }

    private static void report(String what, long start) {
        System.out.printf("%-60s %8.2f s%n", what, (System.nanoTime() - start) / 1e9);
    }
}
