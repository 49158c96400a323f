package id.jalin.kernel.db.transfer;

import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** One archive format for backups and "export everything", written and restored on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class ArchiveTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:30:00Z"), ZoneId.of("Asia/Jakarta"));

    @Parameter
    Kind kind;

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void demoForum() {
        database = TransferFixture.filled(kind);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRestoreBringsBackEveryTableAsItWasWhenTheArchiveWasWritten() throws Exception {
        Map<String, TableFigures> before = TransferFixture.figures(database);
        Path archive = folder.resolve("semua.zip");
        ArchiveManifest manifest = new ArchiveExport(CLOCK).export(database, archive, Progress.NONE);
        assertThat(manifest.tables()).containsExactlyElementsOf(before.values());
        assertThat(new ArchiveRestore().verify(archive, Progress.NONE).allMatch()).isTrue();

        database.dsl().insertInto(LIBRARY).set(LIBRARY.CODE, "BARU").set(LIBRARY.NAME, "Baru")
                .set(LIBRARY.KIND, "UNIVERSITY").set(LIBRARY.STATUS, "ACTIVE").execute();
        database.dsl().update(LIBRARY).set(LIBRARY.NAME, "Diubah").where(LIBRARY.ID.eq(1L)).execute();
        assertThat(TransferFixture.figures(database)).isNotEqualTo(before);

        TransferReport restored = new ArchiveRestore().restore(archive, database, Progress.NONE);

        assertThat(restored.allMatch()).isTrue();
        assertThat(TransferFixture.figures(database)).isEqualTo(before);
    }

    @Test
    void anArchiveOfOneKindRestoresIntoTheOther() throws Exception {
        Map<String, TableFigures> before = TransferFixture.figures(database);
        Path archive = folder.resolve("semua.zip");
        new ArchiveExport(CLOCK).export(database, archive, Progress.NONE);

        try (Database other = TestDatabases.fresh(kind == Kind.H2 ? Kind.POSTGRES : Kind.H2)) {
            assertThat(new ArchiveRestore().restore(archive, other, Progress.NONE).allMatch()).isTrue();
            assertThat(TransferFixture.figures(other)).isEqualTo(before);
        }
    }

    @Test
    void aCancelledRestoreLeavesTheDatabaseAsItWas() throws Exception {
        Path archive = folder.resolve("semua.zip");
        new ArchiveExport(CLOCK).export(database, archive, Progress.NONE);
        database.dsl().update(LIBRARY).set(LIBRARY.NAME, "Sesudah cadangan").where(LIBRARY.ID.eq(1L)).execute();
        Map<String, TableFigures> now = TransferFixture.figures(database);

        assertThatThrownBy(() -> new ArchiveRestore().restore(archive, database, new DatabaseCopyTest.CancelAfter(3)))
                .isInstanceOf(CancelledException.class);

        assertThat(TransferFixture.figures(database)).isEqualTo(now);
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Path archive = folder.resolve("batal.zip");

        assertThatThrownBy(() -> new ArchiveExport(CLOCK).export(database, archive, new DatabaseCopyTest.CancelAfter(2)))
                .isInstanceOf(CancelledException.class);

        assertThat(archive).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anArchiveFromANewerJalinIsRefusedInWordsAndNothingChanges() throws Exception {
        Path archive = folder.resolve("semua.zip");
        new ArchiveExport(CLOCK).export(database, archive, Progress.NONE);
        Path newer = withManifestLine(archive, "schemaVersion=", "schemaVersion=99");
        Map<String, TableFigures> now = TransferFixture.figures(database);

        assertThatThrownBy(() -> new ArchiveRestore().restore(newer, database, Progress.NONE))
                .isInstanceOfSatisfying(TransferRefusedException.class, refused -> {
                    assertThat(refused.refusal()).isEqualTo(TransferRefusedException.Refusal.ARCHIVE_NEWER);
                    assertThat(refused.arguments()[0]).isEqualTo("99");
                });
        assertThat(TransferFixture.figures(database)).isEqualTo(now);
    }

    @Test
    void anArchiveFromAnOlderJalinIsLoadedAtItsVersionMigratedAndRestored() throws Exception {
        emptyColumnsAddedAfterVersion8();
        Map<String, TableFigures> before = TransferFixture.figures(database);
        Path archive = folder.resolve("semua.zip");
        new ArchiveExport(CLOCK).export(database, archive, Progress.NONE);
        // Version 9 added database_identity; an archive of version 8 has every other table as it is now.
        Path older = asVersion8(archive);
        database.dsl().update(LIBRARY).set(LIBRARY.NAME, "Sesudah cadangan").where(LIBRARY.ID.eq(1L)).execute();

        TransferReport restored = new ArchiveRestore().restore(older, database, Progress.NONE);

        assertThat(restored.allMatch()).isTrue();
        Map<String, TableFigures> now = TransferFixture.figures(database);
        assertThat(now.get("database_identity").rows()).isZero();
        // the tables of later versions start as their migrations leave them; every older one is as backed up
        java.util.Set<String> atVersion8 = tablesAtVersion8();
        before.keySet().retainAll(atVersion8);
        now.keySet().retainAll(atVersion8);
        assertThat(now).isNotEmpty().isEqualTo(before);
    }

    @Test
    void anOlderArchiveWithATamperedTableIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        Path archive = folder.resolve("semua.zip");
        new ArchiveExport(CLOCK).export(database, archive, Progress.NONE);
        Path older = withManifestLine(asVersion8(archive), "checksum.staff=", "checksum.staff=00");
        Map<String, TableFigures> now = TransferFixture.figures(database);

        assertThatThrownBy(() -> new ArchiveRestore().restore(older, database, Progress.NONE))
                .isInstanceOfSatisfying(ChecksFailedException.class, failed -> assertThat(failed.report().tables())
                        .filteredOn(check -> !check.matches()).extracting(TableCheck::table).containsExactly("staff"));
        assertThat(TransferFixture.figures(database)).isEqualTo(now);
    }

    /** The archive as Jalin at schema version 8 would have written it: the same, without the later tables. */
    private Path asVersion8(Path archive) throws Exception {
        java.util.Set<String> atVersion8 = tablesAtVersion8();
        Path copy = folder.resolve("v8-" + archive.getFileName());
        try (ZipFile zip = new ZipFile(archive.toFile());
             OutputStream out = Files.newOutputStream(copy);
             ZipOutputStream target = new ZipOutputStream(out)) {
            java.util.Set<String> later = new java.util.HashSet<>();
            java.util.Set<String> columnsAtVersion8 = columnsAtVersion8();
            Map<String, String> checksums = new java.util.HashMap<>();
            Map<String, byte[]> rewritten = new java.util.HashMap<>();
            for (String table : atVersion8) {
                ZipEntry entry = zip.getEntry(ArchiveManifest.tableEntry(table));
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        rewritten.put(entry.getName(), withoutLaterColumns(table, in.readAllBytes(), columnsAtVersion8,
                                checksums));
                    }
                }
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                for (String table : TransferFixture.figures(database).keySet()) {
                    if (name.equals(ArchiveManifest.tableEntry(table)) && !atVersion8.contains(table)) {
                        later.add(table);
                    }
                }
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (later.stream().anyMatch(table -> entry.getName().equals(ArchiveManifest.tableEntry(table)))) {
                    continue;
                }
                target.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().equals(ArchiveManifest.ENTRY)) {
                        bytes = manifestWithout(new String(bytes, StandardCharsets.UTF_8), later, checksums)
                                .getBytes(StandardCharsets.UTF_8);
                    } else if (rewritten.containsKey(entry.getName())) {
                        bytes = rewritten.get(entry.getName());
                    }
                    target.write(bytes);
                }
                target.closeEntry();
            }
        }
        return copy;
    }

    /**
     * A table's file without the columns later versions added to it (the library's catalogue address came with
     * version 15), and the checksum the manifest then gives it.
     */
    private static byte[] withoutLaterColumns(String table, byte[] file, java.util.Set<String> columnsAtVersion8,
                                              Map<String, String> checksums) {
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\n", -1);
        String[] header = lines[0].split("\t", -1);
        java.util.List<Integer> kept = new java.util.ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            if (columnsAtVersion8.contains(table + "." + header[i])) {
                kept.add(i);
            }
        }
        if (kept.size() == header.length) {
            return file;
        }
        TableDigest digest = new TableDigest(table);
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < lines.length; line++) {
            if (lines[line].isEmpty() && line == lines.length - 1) {
                break;
            }
            String[] cells = lines[line].split("\t", -1);
            String cut = kept.stream().map(i -> cells[i]).collect(java.util.stream.Collectors.joining("\t"));
            if (line > 0) {
                digest.add(cut);
            }
            text.append(cut).append('\n');
        }
        checksums.put(table, digest.figures().checksum());
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest at version 8: no line about the later tables, and none of them in a list of tables. */
    private static String manifestWithout(String manifest, java.util.Set<String> later,
                                          Map<String, String> checksums) {
        StringBuilder text = new StringBuilder();
        for (String line : manifest.split("\n")) {
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals);
            if (later.stream().anyMatch(table -> key.endsWith("." + table))) {
                continue;
            }
            if (key.equals("schemaVersion")) {
                text.append("schemaVersion=8\n");
                continue;
            }
            if (key.startsWith("checksum.") && checksums.containsKey(key.substring("checksum.".length()))) {
                text.append(key).append('=').append(checksums.get(key.substring("checksum.".length()))).append('\n');
                continue;
            }
            String value = equals < 0 ? "" : line.substring(equals + 1);
            if (value.contains(",")) {
                value = java.util.Arrays.stream(value.split(",")).filter(part -> !later.contains(part))
                        .collect(java.util.stream.Collectors.joining(","));
            }
            text.append(equals < 0 ? line : key + "=" + value).append('\n');
        }
        return text.toString();
    }

    /** Every column of a database migrated to version 8, as table.column. */
    /**
     * A version 8 Jalin had no value in a column a later migration added to one of its tables (the forum's
     * signatory, V22): such columns are emptied, so the database is what that older Jalin could have backed up.
     */
    private void emptyColumnsAddedAfterVersion8() throws Exception {
        java.util.Set<String> tables = tablesAtVersion8();
        java.util.Set<String> columns = columnsAtVersion8();
        for (var table : database.dsl().meta().getTables()) {
            if (!tables.contains(table.getName().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (var field : table.fields()) {
                String name = table.getName().toLowerCase(java.util.Locale.ROOT) + "."
                        + field.getName().toLowerCase(java.util.Locale.ROOT);
                if (!columns.contains(name) && field.getDataType().nullable()) {
                    @SuppressWarnings("unchecked")
                    org.jooq.Field<Object> column = (org.jooq.Field<Object>) field;
                    database.dsl().update(table).set(column, (Object) null).execute();
                }
            }
        }
    }

    private static java.util.Set<String> columnsAtVersion8() throws Exception {
        return atVersion8("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = 'public'");
    }

    /** The tables of a database migrated to version 8, by Flyway from the real scripts. */
    private static java.util.Set<String> tablesAtVersion8() throws Exception {
        return atVersion8("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }

    /** What {@code query} names (one text column) in a database migrated to version 8 by the real scripts. */
    private static java.util.Set<String> atVersion8(String query) throws Exception {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL("jdbc:h2:mem:v8-" + java.util.UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=0");
        try (java.sql.Connection keepOpen = source.getConnection()) {
            org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target("8")
                    .load().migrate();
            java.util.Set<String> names = new java.util.HashSet<>();
            try (var rows = keepOpen.createStatement().executeQuery(query)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    @Test
    void anArchiveWhoseRowsWereTamperedWithIsRolledBackWithTheTableNamed() throws Exception {
        Path archive = folder.resolve("semua.zip");
        new ArchiveExport(CLOCK).export(database, archive, Progress.NONE);
        Path tampered = withManifestLine(archive, "checksum.library=", "checksum.library=00");
        Map<String, TableFigures> now = TransferFixture.figures(database);

        assertThatThrownBy(() -> new ArchiveRestore().restore(tampered, database, Progress.NONE))
                .isInstanceOfSatisfying(ChecksFailedException.class, failed -> assertThat(failed.report().tables())
                        .filteredOn(check -> !check.matches()).extracting(TableCheck::table).containsExactly("library"));
        assertThat(TransferFixture.figures(database)).isEqualTo(now);
    }

    @Test
    void aFileThatIsNoArchiveIsRefusedInWords() throws Exception {
        Path notes = Files.writeString(folder.resolve("catatan.zip"), "bukan arsip");

        assertThatThrownBy(() -> new ArchiveRestore().restore(notes, database, Progress.NONE))
                .isInstanceOfSatisfying(TransferRefusedException.class, refused ->
                        assertThat(refused.refusal()).isEqualTo(TransferRefusedException.Refusal.NOT_AN_ARCHIVE));
    }

    /** A copy of the archive with one manifest line replaced. */
    private Path withManifestLine(Path archive, String startsWith, String replacement) throws Exception {
        Path copy = folder.resolve("diubah-" + archive.getFileName());
        try (ZipFile zip = new ZipFile(archive.toFile());
             OutputStream out = Files.newOutputStream(copy);
             ZipOutputStream target = new ZipOutputStream(out)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                target.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().equals(ArchiveManifest.ENTRY)) {
                        StringBuilder text = new StringBuilder();
                        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                            text.append(line.startsWith(startsWith) ? replacement : line).append('\n');
                        }
                        bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    }
                    target.write(bytes);
                }
                target.closeEntry();
            }
        }
        return copy;
    }
}
