package id.jalin.kernel.db.transfer;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.task.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Writes every table into one zip archive (a backup or "export everything"), from either kind of database, read as
 * of one moment. The file appears only when whole ({@link AtomicFileWriter}); a Cancel leaves no file.
 */
public final class ArchiveExport {
    private final Clock clock;
    private final List<Table<?>> tables;

    public ArchiveExport(Clock clock) {
        this.clock = clock;
        this.tables = TransferTables.inDependencyOrder();
    }

    public ArchiveManifest export(Database source, Path file, Progress progress) throws IOException {
        List<ArchiveManifest> written = new ArrayList<>(1);
        try {
            source.dsl().transaction(read -> {
                DSLContext from = read.dsl();
                Snapshot.begin(from);
                String version = SchemaVersion.of(from);
                long total = 0;
                for (Table<?> table : tables) {
                    total += TableReader.count(from, table);
                }
                RowProgress rows = new RowProgress(progress, total);
                new AtomicFileWriter().write(file, out -> {
                    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                    List<TableFigures> figures = new ArrayList<>();
                    for (Table<?> table : tables) {
                        figures.add(writeTable(from, table, zip, rows));
                    }
                    ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.CURRENT_FORMAT, version,
                            LocalDateTime.now(clock).withNano(0), source.mode().name(), figures);
                    zip.putNextEntry(new ZipEntry(ArchiveManifest.ENTRY));
                    manifest.write(zip);
                    zip.closeEntry();
                    zip.finish();
                    written.add(manifest);
                });
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return written.get(0);
    }

    private static TableFigures writeTable(DSLContext from, Table<?> table, ZipOutputStream zip, RowProgress rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(ArchiveManifest.tableEntry(table.getName())));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        List<Field<?>> fields = TableReader.fields(table);
        TableDigest digest = new TableDigest(table.getName());
        writer.write(RowLine.header(fields));
        writer.write('\n');
        TableReader.read(from, table, batch -> {
            try {
                for (var record : batch) {
                    String line = RowLine.of(record, fields);
                    digest.add(line);
                    writer.write(line);
                    writer.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows.advance(batch.size());
        });
        writer.flush();
        zip.closeEntry();
        return digest.figures();
    }
}
