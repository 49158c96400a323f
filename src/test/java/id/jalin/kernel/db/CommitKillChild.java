package id.jalin.kernel.db;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The child JVM of {@link CommitKillTest}: opens the embedded file as the app does and commits as fast as it can
 * until it is killed, each commit either counting a counter one up (then it prints the count) or appending a batch
 * of wide rows, so that H2 writes chunks of many sizes and frees space all the time.
 */
public final class CommitKillChild {
    static final String COUNTER = "kill_counter";
    static final String CHURN = "kill_churn";

    private CommitKillChild() {
    }

    /** @param args the database file (without ".mv.db"), the seed */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        Random random = new Random(Long.parseLong(args[1]));
        // the app's URL and pool, without Flyway: the tables are the test's own, and a trial starts sooner
        Database database = Database.connect(ConnectionSettings.embedded(Path.of(args[0])));
        DSLContext dsl = database.dsl();
        dsl.execute("create table if not exists " + COUNTER + " (id int primary key, n bigint, pad varchar(2000))");
        dsl.execute("create table if not exists " + CHURN
                + " (id bigint auto_increment primary key, pad varchar(2000))");
        dsl.execute("merge into " + COUNTER + " key (id) values (1, coalesce((select n from " + COUNTER
                + " where id = 1), 0), '')");
        long count = counter(dsl);
        out.println("ready " + count);
        out.flush();
        String pad = "p".repeat(1500);
        while (true) {
            if (random.nextInt(3) == 0) {
                int rows = 1 + random.nextInt(60);
                dsl.transaction(tx -> {
                    for (int i = 0; i < rows; i++) {
                        tx.dsl().execute("insert into " + CHURN + " (pad) values (?)", pad);
                    }
                    tx.dsl().execute("delete from " + CHURN + " where id < (select max(id) - 2000 from " + CHURN + ")");
                });
            } else {
                long next = ++count;
                dsl.transaction(tx -> tx.dsl().execute("update " + COUNTER + " set n = ?, pad = ? where id = 1", next,
                        pad.substring(random.nextInt(100))));
                out.println(next);
                out.flush();
            }
        }
    }

    static long counter(DSLContext dsl) {
        return dsl.fetchOptional(DSL.table(COUNTER), DSL.field("id").eq(1))
                .map(r -> r.get("n", Long.class)).orElse(0L);
    }
}
