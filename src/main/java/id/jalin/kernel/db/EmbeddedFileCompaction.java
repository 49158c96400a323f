package id.jalin.kernel.db;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the embedded file back the space its dead chunks take, when the database closes (decision 0033). The file
 * is opened with {@code REUSE_SPACE=FALSE}, so every commit is appended and nothing is written over while Jalin runs;
 * the file therefore only grows until it is compacted. At close, a file of at least {@link #MIN_FILE_BYTES} whose
 * chunks are less than {@link #MAX_FILL_PERCENT} % live is rewritten whole by H2's {@code SHUTDOWN COMPACT}, which
 * writes a new file beside the old one and swaps them, so a kill in the middle leaves the old file as it was.
 */
final class EmbeddedFileCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFileCompaction.class);
    static final long MIN_FILE_BYTES = 64L << 20;
    static final int MAX_FILL_PERCENT = 50;
    private static final String FILE_SIZE = "info.FILE_SIZE";
    private static final String CHUNKS_FILL_RATE = "info.CHUNKS_FILL_RATE";

    private EmbeddedFileCompaction() {
    }

    /** What H2 says of its file: its size and how much of its chunks is live. */
    record FileState(long bytes, int chunksFillPercent) {
        boolean worthCompacting(long minFileBytes) {
            return bytes >= minFileBytes && chunksFillPercent < MAX_FILL_PERCENT;
        }
    }

    /**
     * Compacts and closes the database if its file is worth it; otherwise leaves the closing to the pool. Never
     * throws: a file that is not compacted is still whole, only larger, and is looked at again at the next close.
     *
     * @return whether the file was compacted
     */
    static boolean compactIfSparse(DataSource dataSource) {
        return compactIfSparse(dataSource, MIN_FILE_BYTES);
    }

    /** As {@link #compactIfSparse(DataSource)}, from a file size of {@code minFileBytes} (tests use small files). */
    static boolean compactIfSparse(DataSource dataSource, long minFileBytes) {
        try {
            DSLContext dsl = DSL.using(dataSource, SQLDialect.H2);
            FileState state = read(dsl);
            if (!state.worthCompacting(minFileBytes)) {
                return false;
            }
            long started = System.nanoTime();
            shutDownCompacting(dsl);
            LOG.info("Compacted the database file of {} MiB ({} % of its chunks live) in {} ms", state.bytes() >> 20,
                    state.chunksFillPercent(), (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("The database file was not compacted; it stays as it was", e);
            return false;
        }
    }

    /**
     * jOOQ asks the statement for its update count once {@code SHUTDOWN COMPACT} has run, and by then H2 has closed
     * the database: that one answer, "database closed", says the shutdown went through. Any other failure is one.
     */
    private static void shutDownCompacting(DSLContext dsl) {
        try {
            dsl.execute("SHUTDOWN COMPACT");
        } catch (DataAccessException e) {
            SQLException cause = e.getCause(SQLException.class);
            if (cause == null || cause.getErrorCode() != ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                throw e;
            }
        }
    }

    static FileState read(DSLContext dsl) {
        Map<String, String> info = dsl.fetch("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN (?, ?)", FILE_SIZE, CHUNKS_FILL_RATE)
                .intoMap(r -> r.get(0, String.class), r -> r.get(1, String.class));
        return new FileState(Long.parseLong(info.getOrDefault(FILE_SIZE, "0").trim()),
                Integer.parseInt(info.getOrDefault(CHUNKS_FILL_RATE, "100").trim()));
    }
}
