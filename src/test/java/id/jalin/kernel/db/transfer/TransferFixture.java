package id.jalin.kernel.db.transfer;

import static id.jalin.kernel.db.generated.Tables.AGREEMENT;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_ATTACHMENT;
import static id.jalin.kernel.db.generated.Tables.FORUM_PROFILE;
import static id.jalin.kernel.db.generated.Tables.LETTER_COUNTER;

import id.jalin.app.DemoData;
import id.jalin.kernel.db.Database;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The demo forum plus the values that trip a careless copy: bytes, a timestamp with microseconds, text with tabs,
 * line breaks, backslashes and characters outside the BMP, text keys whose order differs between collations, and
 * an agreement that points at a later one.
 */
public final class TransferFixture {
    public static final String AWKWARD = "tab\there\nnew line\r\\N not null \\ backslash \u00e9\u00e8 \uD83D\uDE00";

    private TransferFixture() {
    }

    /** A new database of that kind holding the fixture, copied from one filled once per test JVM. */
    public static Database filled(id.jalin.kernel.db.TestDatabases.Kind kind) {
        return id.jalin.kernel.db.TestDatabases.filled(kind, "transfer-fixture", TransferFixture::fill);
    }

    public static void fill(Database database) {
        DemoData.load(database);
        DSLContext dsl = database.dsl();
        long first = dsl.select(DSL.min(AGREEMENT.ID)).from(AGREEMENT).fetchOne(0, Long.class);
        long last = dsl.select(DSL.max(AGREEMENT.ID)).from(AGREEMENT).fetchOne(0, Long.class);
        dsl.update(AGREEMENT).set(AGREEMENT.PREVIOUS_ID, last).set(AGREEMENT.NOTES, AWKWARD)
                .where(AGREEMENT.ID.eq(first)).execute();
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        dsl.insertInto(AGREEMENT_ATTACHMENT).set(AGREEMENT_ATTACHMENT.AGREEMENT_ID, first)
                .set(AGREEMENT_ATTACHMENT.FILE_NAME, "pks.pdf").set(AGREEMENT_ATTACHMENT.MEDIA_TYPE, "application/pdf")
                .set(AGREEMENT_ATTACHMENT.CONTENT, bytes)
                .set(AGREEMENT_ATTACHMENT.ADDED_AT, LocalDateTime.of(2026, 11, 24, 9, 15, 30, 123_456_000))
                .onConflictDoNothing().execute();
        dsl.update(FORUM_PROFILE).set(FORUM_PROFILE.LOGO, bytes).execute();
        for (String series : new String[] {"a", "B", "\u00e9", "Z", "_x"}) {
            dsl.insertInto(LETTER_COUNTER).set(LETTER_COUNTER.SERIES, series).set(LETTER_COUNTER.COUNTER_YEAR, 2026)
                    .set(LETTER_COUNTER.LAST_NUMBER, series.length()).onConflictDoNothing().execute();
        }
    }

    /** Every table's figures as stored now. */
    public static Map<String, TableFigures> figures(Database database) {
        Map<String, TableFigures> figures = new LinkedHashMap<>();
        for (Table<?> table : TransferTables.inDependencyOrder()) {
            figures.put(table.getName(), TableReader.figures(database.dsl(), table, () -> { }));
        }
        return figures;
    }
}
