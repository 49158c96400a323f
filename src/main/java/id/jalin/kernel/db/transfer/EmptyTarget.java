package id.jalin.kernel.db.transfer;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * Whether a database holds nothing but what the migrations put into every new one (the starting clause library, an
 * empty forum profile). Computed by migrating a throw-away in-memory database and taking its figures, so a later
 * migration that seeds a table changes nothing here.
 */
public final class EmptyTarget {
    private static Map<String, TableFigures> seed;

    private EmptyTarget() {
    }

    /** Throws {@link TransferRefusedException} naming the first table that holds more than a new database's rows. */
    public static void require(DSLContext target, List<Table<?>> tables) {
        Map<String, TableFigures> fresh = seed();
        for (Table<?> table : tables) {
            TableFigures expected = fresh.get(table.getName());
            long rows = TableReader.count(target, table);
            if (expected == null || rows != expected.rows()
                    || !TableReader.figures(target, table, () -> { }).equals(expected)) {
                throw new TransferRefusedException(TransferRefusedException.Refusal.TARGET_NOT_EMPTY,
                        table.getName(), rows);
            }
        }
    }

    /** True when {@link #require} would let a move in. */
    public static boolean isEmpty(DSLContext target) {
        try {
            require(target, TransferTables.inDependencyOrder());
            return true;
        } catch (TransferRefusedException e) {
            return false;
        }
    }

    static synchronized Map<String, TableFigures> seed() {
        if (seed == null) {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL("jdbc:h2:mem:jalin-seed-" + System.nanoTime() + ";DATABASE_TO_LOWER=TRUE");
            source.setUser("sa");
            try (var keepOpen = source.getConnection(); Database fresh = Database.over(DatabaseMode.EMBEDDED_H2, source)) {
                Map<String, TableFigures> figures = new LinkedHashMap<>();
                for (Table<?> table : TransferTables.inDependencyOrder()) {
                    figures.put(table.getName(), TableReader.figures(fresh.dsl(), table, () -> { }));
                }
                seed = Map.copyOf(figures);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not open an in-memory database", e);
            }
        }
        return seed;
    }
}
