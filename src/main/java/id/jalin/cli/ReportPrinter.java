package id.jalin.cli;

import id.jalin.kernel.db.transfer.TableCheck;
import id.jalin.kernel.db.transfer.TransferReport;
import id.jalin.kernel.i18n.Messages;
import java.io.PrintStream;

/**
 * A transfer's or a check's figures on standard output, one table a line (name, rows, the start of the checksum,
 * whether it matched) and a summary line, in columns a person reads and {@code awk} splits.
 */
final class ReportPrinter {
    private final PrintStream out;
    private final Messages messages;

    ReportPrinter(PrintStream out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    void print(TransferReport report) {
        for (TableCheck table : report.tables()) {
            out.printf("%-32s %10d  %s  %s%n", table.table(), table.actualRows(), shortSum(table.actualChecksum()),
                    messages.get(table.matches() ? "cli.table.ok" : "cli.table.differs",
                            table.expectedRows(), table.actualRows()));
        }
        long differing = report.tables().stream().filter(t -> !t.matches()).count();
        out.println(messages.get("cli.summary", report.tables().size(), report.rows(), differing,
                report.took().toMillis() / 1000.0));
    }

    private static String shortSum(String checksum) {
        return checksum.length() > 16 ? checksum.substring(0, 16) : checksum;
    }
}
