package id.jalin.kernel.db;

import static id.jalin.kernel.db.generated.Tables.DATABASE_IDENTITY;

import java.util.UUID;
import org.jooq.DSLContext;

/**
 * This database's own identifier: a random UUID made the first time anyone asks and stored, so it is the same
 * for every workstation on a shared database and differs between databases. Calendar UIDs carry it.
 */
public final class DatabaseIdentity {
    private static final int ROW = 1;

    private final DSLContext dsl;

    public DatabaseIdentity(DSLContext dsl) {
        this.dsl = dsl;
    }

    public String identifier() {
        String stored = read();
        if (stored != null) {
            return stored;
        }
        // Two workstations may ask at once; the first insert wins and both read back the same value.
        dsl.insertInto(DATABASE_IDENTITY)
                .set(DATABASE_IDENTITY.ID, ROW)
                .set(DATABASE_IDENTITY.IDENTIFIER, UUID.randomUUID().toString())
                .onConflictDoNothing()
                .execute();
        return read();
    }

    private String read() {
        return dsl.select(DATABASE_IDENTITY.IDENTIFIER).from(DATABASE_IDENTITY)
                .where(DATABASE_IDENTITY.ID.eq(ROW)).fetchOne(DATABASE_IDENTITY.IDENTIFIER);
    }
}
