package id.jalin.kernel.db.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The archive's table of contents ({@code manifest.properties}): which schema version the rows belong to, when and
 * from which kind of database they were taken, and every table in dependency order with its rows and checksum.
 */
public record ArchiveManifest(int formatVersion, String schemaVersion, LocalDateTime createdAt, String source,
                              List<TableFigures> tables) {
    public static final String ENTRY = "manifest.properties";
    public static final String FORMAT = "jalin-archive";
    public static final int CURRENT_FORMAT = 1;

    public ArchiveManifest {
        tables = List.copyOf(tables);
    }

    public long rows() {
        return tables.stream().mapToLong(TableFigures::rows).sum();
    }

    static String tableEntry(String table) {
        return "tables/" + table + ".tsv";
    }

    void write(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("# Jalin archive: one tab-separated file per table under tables/, rows in canonical text\n");
        writer.write("format=" + FORMAT + "\n");
        writer.write("formatVersion=" + formatVersion + "\n");
        writer.write("schemaVersion=" + schemaVersion + "\n");
        writer.write("createdAt=" + createdAt + "\n");
        writer.write("source=" + source + "\n");
        List<String> names = new ArrayList<>();
        tables.forEach(table -> names.add(table.table()));
        writer.write("tables=" + String.join(",", names) + "\n");
        for (TableFigures table : tables) {
            writer.write("rows." + table.table() + "=" + table.rows() + "\n");
            writer.write("checksum." + table.table() + "=" + table.checksum() + "\n");
        }
        writer.flush();
    }

    /** Null when the stream is not a Jalin archive's manifest. */
    static ArchiveManifest read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        if (!FORMAT.equals(properties.getProperty("format"))) {
            return null;
        }
        try {
            List<TableFigures> tables = new ArrayList<>();
            String names = properties.getProperty("tables", "");
            for (String name : names.isBlank() ? new String[0] : names.split(",")) {
                tables.add(new TableFigures(name, Long.parseLong(properties.getProperty("rows." + name)),
                        properties.getProperty("checksum." + name)));
            }
            return new ArchiveManifest(Integer.parseInt(properties.getProperty("formatVersion")),
                    properties.getProperty("schemaVersion"), LocalDateTime.parse(properties.getProperty("createdAt")),
                    properties.getProperty("source", ""), tables);
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
