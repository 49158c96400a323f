package id.jalin.kernel.db.transfer;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Restores an archive made by an older Jalin: its rows go into a throw-away in-memory database migrated only up to
 * the archive's schema version (typed from that database's own columns, since this Jalin's generated classes
 * describe the newer tables), Flyway brings it up to date the way it would have brought the real database, and the
 * result is copied into the target like a move, with the usual checks. The archive's own checksums are checked as
 * its rows are read, before the target is touched.
 */
final class OlderArchive {
    private OlderArchive() {
    }

    static List<TableCheck> restore(ZipFile zip, ArchiveManifest manifest, Database target, String ours,
                                    RowProgress rows) throws IOException, SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:jalin-older-" + System.nanoTime() + ";DATABASE_TO_LOWER=TRUE");
        source.setUser("sa");
        // The in-memory database lives as long as one connection is open.
        try (Connection keep = source.getConnection()) {
            Flyway.configure().dataSource(source).locations("classpath:db/migration")
                    .target(manifest.schemaVersion()).load().migrate();
            load(keep, zip, manifest, rows);
            try (Database temporary = Database.over(DatabaseMode.EMBEDDED_H2, source)) {
                if (!SchemaVersion.of(temporary.dsl()).equals(ours)) {
                    throw new TransferRefusedException(TransferRefusedException.Refusal.ARCHIVE_OLDER,
                            manifest.schemaVersion(), ours);
                }
                return target.dsl().transactionResult(write ->
                        new DatabaseCopy().copyAndCheck(temporary.dsl(), write.dsl(), rows));
            }
        }
    }

    private static void load(Connection connection, ZipFile zip, ArchiveManifest manifest, RowProgress rows)
            throws IOException {
        // The older schema is not the one this Jalin's generated classes describe: tables and columns by name.
        DSLContext dsl = DSL.using(connection, SQLDialect.H2);
        List<TableCheck> checks = new ArrayList<>();
        // A row may point at one later in key order (an agreement's predecessor); the target checks them all.
        dsl.execute("set referential_integrity false");
        // What the migrations seeded (the clause library, the forum profile) is in the archive as it was then.
        for (TableFigures table : manifest.tables()) {
            dsl.deleteFrom(DSL.table(DSL.name(table.table()))).execute();
        }
        for (TableFigures expected : manifest.tables()) {
            ZipEntry entry = zip.getEntry(ArchiveManifest.tableEntry(expected.table()));
            if (entry == null) {
                throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE, zip.getName());
            }
            TableDigest digest = new TableDigest(expected.table());
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                String header = reader.readLine();
                if (header == null) {
                    throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE, zip.getName());
                }
                String[] columns = header.split("\t", -1);
                Field<?>[] fields = fields(dsl, expected.table(), columns);
                Class<?>[] types = new Class<?>[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    types[i] = javaType(fields[i].getDataType().getSQLType());
                }
                BatchBindStep batch = batchInsert(dsl, expected.table(), fields);
                int inBatch = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    digest.add(line);
                    String[] cells = line.split("\t", -1);
                    if (cells.length != columns.length) {
                        throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE,
                                zip.getName());
                    }
                    Object[] values = new Object[cells.length];
                    for (int i = 0; i < cells.length; i++) {
                        values[i] = CanonicalValue.parse(cells[i], types[i]);
                    }
                    batch.bind(values);
                    if (++inBatch == TableReader.BATCH) {
                        batch.execute();
                        rows.advance(inBatch);
                        batch = batchInsert(dsl, expected.table(), fields);
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    batch.execute();
                }
                rows.advance(inBatch);
            }
            checks.add(TableCheck.of(expected, digest.figures()));
        }
        dsl.execute("set referential_integrity true");
        TransferReport archive = new TransferReport(checks, java.time.Duration.ZERO);
        if (!archive.allMatch()) {
            throw new ChecksFailedException(archive);
        }
    }

    private static BatchBindStep batchInsert(DSLContext dsl, String table, Field<?>[] fields) {
        return dsl.batch(dsl.insertInto(DSL.table(DSL.name(table)), fields)
                .values(java.util.Collections.nCopies(fields.length, (Object) null)));
    }

    /** The archive's columns as the old schema types them, in the archive's order. */
    private static Field<?>[] fields(DSLContext dsl, String table, String[] columns) {
        Field<?>[] present = dsl.selectFrom(DSL.table(DSL.name(table))).where(DSL.falseCondition()).fetch().fields();
        Field<?>[] fields = new Field<?>[columns.length];
        for (int i = 0; i < columns.length; i++) {
            for (Field<?> field : present) {
                if (field.getName().equals(columns[i])) {
                    fields[i] = DSL.field(DSL.name(columns[i]), field.getDataType());
                }
            }
            if (fields[i] == null) {
                throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE, table);
            }
        }
        return fields;
    }

    private static Class<?> javaType(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT -> Long.class;
            case Types.INTEGER -> Integer.class;
            case Types.SMALLINT -> Short.class;
            case Types.TINYINT -> Byte.class;
            case Types.BOOLEAN, Types.BIT -> Boolean.class;
            case Types.NUMERIC, Types.DECIMAL -> java.math.BigDecimal.class;
            case Types.DOUBLE, Types.FLOAT -> Double.class;
            case Types.REAL -> Float.class;
            case Types.DATE -> java.time.LocalDate.class;
            case Types.TIMESTAMP -> java.time.LocalDateTime.class;
            case Types.TIME -> java.time.LocalTime.class;
            case Types.TIMESTAMP_WITH_TIMEZONE -> java.time.OffsetDateTime.class;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> byte[].class;
            default -> String.class;
        };
    }
}
