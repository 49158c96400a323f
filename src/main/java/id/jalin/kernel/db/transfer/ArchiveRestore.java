package id.jalin.kernel.db.transfer;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.task.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Puts an archive's rows in place of everything a database holds, in ONE transaction: emptied, loaded in dependency
 * order, identities moved past the largest ids, then every table checked against the manifest's rows and checksums.
 * Only a full match is committed; a Cancel, a failure or a difference leaves the database as it was.
 *
 * <p>An archive from a newer Jalin is refused (this Jalin does not know its tables). One from an older Jalin is
 * loaded at its own schema version and migrated ({@link OlderArchive}, docs/decisions/0019).
 */
public final class ArchiveRestore {
    private final List<Table<?>> tables;

    public ArchiveRestore() {
        this.tables = TransferTables.inDependencyOrder();
    }

    /** The archive's manifest, or a refusal when the file is not a Jalin archive. */
    public ArchiveManifest manifest(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(ArchiveManifest.ENTRY);
            ArchiveManifest manifest = null;
            if (entry != null) {
                try (InputStream in = zip.getInputStream(entry)) {
                    manifest = ArchiveManifest.read(in);
                }
            }
            if (manifest == null || manifest.formatVersion() > ArchiveManifest.CURRENT_FORMAT) {
                throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE,
                        file.getFileName().toString());
            }
            return manifest;
        } catch (ZipException notAZip) {
            throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE,
                    file.getFileName().toString());
        }
    }

    /** Refuses (in words) an archive this database cannot take; returns its manifest when it can. */
    public ArchiveManifest check(Path file, Database target) throws IOException {
        ArchiveManifest manifest = manifest(file);
        String ours = SchemaVersion.of(target.dsl());
        int order = SchemaVersion.compare(manifest.schemaVersion(), ours);
        if (order > 0) {
            throw new TransferRefusedException(TransferRefusedException.Refusal.ARCHIVE_NEWER,
                    manifest.schemaVersion(), ours);
        }
        if (order < 0) {
            // Its tables are those of its own version; OlderArchive brings them up to date.
            return manifest;
        }
        Set<String> expected = new HashSet<>();
        tables.forEach(table -> expected.add(table.getName()));
        Set<String> present = new HashSet<>();
        manifest.tables().forEach(table -> present.add(table.table()));
        if (!expected.equals(present)) {
            throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE,
                    file.getFileName().toString());
        }
        return manifest;
    }

    /**
     * Reads a written archive back and checks every table's rows and checksum against its manifest: a backup is
     * reported only once it has been shown to read back whole.
     */
    public TransferReport verify(Path file, Progress progress) throws IOException {
        long started = System.nanoTime();
        ArchiveManifest manifest = manifest(file);
        RowProgress rows = new RowProgress(progress, manifest.rows());
        List<TableCheck> checks = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            for (TableFigures expected : manifest.tables()) {
                ZipEntry entry = zip.getEntry(ArchiveManifest.tableEntry(expected.table()));
                TableDigest digest = new TableDigest(expected.table());
                if (entry != null) {
                    try (BufferedReader reader = new BufferedReader(
                            new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                        reader.readLine();
                        long inBatch = 0;
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            digest.add(line);
                            if (++inBatch == TableReader.BATCH) {
                                rows.advance(inBatch);
                                inBatch = 0;
                            }
                        }
                        rows.advance(inBatch);
                    }
                }
                checks.add(TableCheck.of(expected, digest.figures()));
            }
        }
        return new TransferReport(checks, Duration.ofNanos(System.nanoTime() - started));
    }

    public TransferReport restore(Path file, Database target, Progress progress) throws IOException {
        long started = System.nanoTime();
        ArchiveManifest manifest = check(file, target);
        String ours = SchemaVersion.of(target.dsl());
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (SchemaVersion.compare(manifest.schemaVersion(), ours) < 0) {
                RowProgress rows = new RowProgress(progress, manifest.rows() * 3);
                List<TableCheck> checks = OlderArchive.restore(zip, manifest, target, ours, rows);
                return new TransferReport(checks, Duration.ofNanos(System.nanoTime() - started));
            }
            RowProgress rows = new RowProgress(progress, manifest.rows() * 2);
            List<TableCheck> checks = target.dsl().transactionResult(write -> load(zip, manifest, write.dsl(), rows));
            return new TransferReport(checks, Duration.ofNanos(System.nanoTime() - started));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not load the older archive into a temporary database", e);
        }
    }

    private List<TableCheck> load(ZipFile zip, ArchiveManifest manifest, DSLContext to, RowProgress rows)
            throws IOException {
        TableWriter.clear(to, tables);
        for (Table<?> table : tables) {
            ZipEntry entry = zip.getEntry(ArchiveManifest.tableEntry(table.getName()));
            if (entry == null) {
                throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE, zip.getName());
            }
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                List<Field<?>> fields = columns(table, reader.readLine(), zip.getName());
                TableWriter writer = new TableWriter(to, table, fields);
                long inBatch = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    writer.add(RowLine.parse(line, fields));
                    if (++inBatch == TableReader.BATCH) {
                        writer.flush();
                        rows.advance(inBatch);
                        inBatch = 0;
                    }
                }
                writer.finish();
                rows.advance(inBatch);
            }
        }
        TableWriter.resetIdentities(to, tables);
        List<TableCheck> checks = new ArrayList<>();
        for (TableFigures expected : manifest.tables()) {
            Table<?> table = tables.stream().filter(t -> t.getName().equals(expected.table())).findFirst().orElseThrow();
            TableFigures stored = TableReader.figures(to, table, () -> rows.advance(0));
            checks.add(TableCheck.of(expected, stored));
            rows.advance(stored.rows());
        }
        TransferReport report = new TransferReport(checks, Duration.ZERO);
        if (!report.allMatch()) {
            throw new ChecksFailedException(report);
        }
        return checks;
    }

    /** The table's fields in the order of the archive's header line; every column must be there. */
    private static List<Field<?>> columns(Table<?> table, String header, String file) {
        if (header == null) {
            throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE, file);
        }
        List<Field<?>> fields = new ArrayList<>();
        for (String name : header.split("\t", -1)) {
            Field<?> field = table.field(name);
            if (field == null) {
                throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE, file);
            }
            fields.add(field);
        }
        if (fields.size() != table.fields().length) {
            throw new TransferRefusedException(TransferRefusedException.Refusal.NOT_AN_ARCHIVE, file);
        }
        return fields;
    }
}
