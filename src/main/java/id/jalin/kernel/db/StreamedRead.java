package id.jalin.kernel.db;

import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A read of many rows handed over as H2 finds them. Without it, H2 builds a query's whole result before the first
 * row comes back, and past some tens of thousands of rows (40,000 a GiB of heap) writes it to a temporary file
 * first: a backup read each large table twice over, once into that file and once out of it (measured on a database
 * of 200,000 holdings: a backup's export in 9.2-11.7 s instead of 12.6-17.6 s). PostgreSQL streams a cursor inside
 * a transaction already, so there nothing changes.
 */
public final class StreamedRead {
    private StreamedRead() {
    }

    /**
     * Runs {@code read} on one connection of {@code dsl} (the transaction's own when {@code dsl} is a transaction's)
     * with H2's lazy execution on, and turns it off again afterwards, so no other work on that pooled connection
     * runs lazily. The setting belongs to the session and is neither committed nor rolled back.
     */
    public static void on(DSLContext dsl, Consumer<DSLContext> read) {
        if (dsl.dialect().family() != SQLDialect.H2) {
            read.accept(dsl);
            return;
        }
        dsl.connection(connection -> {
            DSLContext one = DSL.using(connection, dsl.dialect(), dsl.settings());
            one.execute("SET LAZY_QUERY_EXECUTION 1");
            try {
                read.accept(one);
            } finally {
                one.execute("SET LAZY_QUERY_EXECUTION 0");
            }
        });
    }
}
