package id.jalin.kernel.db.transfer;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/** Reads every table as of one moment, while other desks go on working on a server. */
final class Snapshot {
    private Snapshot() {
    }

    /** Call first in the reading transaction. H2 has one desk at a time, so it needs nothing. */
    static void begin(DSLContext transaction) {
        if (transaction.dialect().family() == SQLDialect.POSTGRES) {
            transaction.execute("set transaction isolation level repeatable read, read only");
        }
    }
}
