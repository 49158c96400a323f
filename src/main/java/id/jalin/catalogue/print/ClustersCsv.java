package id.jalin.catalogue.print;

import id.jalin.catalogue.domain.ClusterRow;
import id.jalin.kernel.export.Column;
import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.CsvRowWriter;
import id.jalin.kernel.i18n.Messages;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The clusters for review outside Jalin, as CSV in the kernel's spelling (UTF-8 with BOM, semicolons, no cell
 * a spreadsheet would run as a formula): which member's record sits in which work, and by which rule, both in words
 * and as the rule's constant so a reviewer can filter on it whatever the language. Rows go out as they are given,
 * so a million clusters never sit in memory.
 */
public final class ClustersCsv implements Consumer<ClusterRow>, Closeable {
    private final Messages messages;
    private final CsvRowWriter writer;

    /** Writes the headings at once; {@link #close()} flushes and closes {@code out}. */
    public ClustersCsv(Messages messages, OutputStream out) throws IOException {
        this.messages = messages;
        this.writer = new CsvRowWriter(out, List.of(
                new Column(messages.get("catalogue.print.clusters.member"), ColumnKind.TEXT),
                new Column(messages.get("catalogue.print.clusters.record"), ColumnKind.TEXT),
                new Column(messages.get("catalogue.print.clusters.work"), ColumnKind.INTEGER),
                new Column(messages.get("catalogue.print.clusters.rule"), ColumnKind.TEXT),
                new Column(messages.get("catalogue.print.clusters.rule_code"), ColumnKind.TEXT),
                new Column(messages.get("catalogue.print.clusters.title"), ColumnKind.TEXT)));
    }

    /** Writes one row; a failing stream surfaces as {@link UncheckedIOException}, as a consumer cannot throw. */
    @Override
    public void accept(ClusterRow row) {
        try {
            writer.row(Arrays.asList(row.memberCode(), row.sourceId(), row.workId(),
                    messages.label("catalogue.rule", row.rule()), row.rule() == null ? null : row.rule().name(),
                    row.title()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
