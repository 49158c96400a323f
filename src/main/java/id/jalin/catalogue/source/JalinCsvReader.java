package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportReader;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;

/**
 * The Jalin holdings layout, CSV or XLSX, read through the kernel's one import pipeline ({@link ImportReader}): its
 * separator and encoding detection, its header found by headings in either language, its row numbers and reasons.
 * That pipeline reads the file whole, within {@link id.jalin.kernel.importing.ImportLimits#MAX_FILE_BYTES}, which
 * holds some 200,000 holdings rows: a member with more exports MARC.
 */
final class JalinCsvReader implements HoldingsReader {
    @Override
    public void read(InputStream in, RecordSink sink, Progress progress) throws IOException, ImportRefusedException {
        HoldingsInput input = HoldingsInput.open(in, Progress.NONE, EnumSet.of(FileKind.CSV_TEXT, FileKind.WORKBOOK));
        ImportReader<Void> reader = new ImportReader<>(JalinCsvColumns.SCHEMA, () -> new JalinCsvPlanner(sink));
        ImportPlan<Void> plan = reader.read(input.stream(), progress);
        for (RejectedRow rejected : plan.rejected()) {
            sink.setAside(rejected);
        }
    }
}
