package id.jalin.kernel.db.transfer;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

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
            throws IOException, SQLException {
        List<TableCheck> checks = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            // A row may point at one later in key order (an agreement's predecessor); the target checks them all.
            statement.execute("set referential_integrity false");
            // What the migrations seeded (the clause library, the forum profile) is in the archive as it was then.
            for (TableFigures table : manifest.tables()) {
                statement.execute("delete from \"" + table.table() + "\"");
            }
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
                Class<?>[] types = types(connection, expected.table(), columns);
                try (PreparedStatement insert = connection.prepareStatement(insertSql(expected.table(), columns))) {
                    int inBatch = 0;
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        digest.add(line);
                        String[] cells = line.split("\t", -1);
                        if (cells.length != columns.length) {
                            throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE,
                                    zip.getName());
                        }
                        for (int i = 0; i < cells.length; i++) {
                            insert.setObject(i + 1, CanonicalValue.parse(cells[i], types[i]));
                        }
                        insert.addBatch();
                        if (++inBatch == TableReader.BATCH) {
                            insert.executeBatch();
                            rows.advance(inBatch);
                            inBatch = 0;
                        }
                    }
                    insert.executeBatch();
                    rows.advance(inBatch);
                }
            }
            checks.add(TableCheck.of(expected, digest.figures()));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set referential_integrity true");
        }
        TransferReport archive = new TransferReport(checks, java.time.Duration.ZERO);
        if (!archive.allMatch()) {
            throw new ChecksFailedException(archive);
        }
    }

    private static String insertSql(String table, String[] columns) {
        StringBuilder sql = new StringBuilder("insert into \"").append(table).append("\" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append('"').append(columns[i]).append('"');
            marks.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(") values (").append(marks).append(')').toString();
    }

    /** The Java type of each archive column, from the old schema's own columns. */
    private static Class<?>[] types(Connection connection, String table, String[] columns) throws SQLException {
        Class<?>[] types = new Class<?>[columns.length];
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("select * from \"" + table + "\" where 1 = 0")) {
            ResultSetMetaData meta = result.getMetaData();
            for (int i = 0; i < columns.length; i++) {
                int index = -1;
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    if (meta.getColumnName(c).equals(columns[i])) {
                        index = c;
                    }
                }
                if (index < 0) {
                    throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE, table);
                }
                types[i] = javaType(meta.getColumnType(index));
            }
        }
        return types;
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
