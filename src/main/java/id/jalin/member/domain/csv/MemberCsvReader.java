package id.jalin.member.domain.csv;

import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.csv.CsvText;
import id.jalin.kernel.csv.DelimiterDetector;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a member import file (layout in {@code docs/csv-member-import.md}) into an {@link ImportPlan}.
 * Stores nothing: the plan can be shown to the user before {@link MemberImportService#apply} stores it.
 */
public final class MemberCsvReader {
    /**
     * Reads the whole file. Rows with problems end up in {@link ImportPlan#rejected()}; only a file that cannot
     * be read as a member list at all is refused.
     *
     * @throws CsvRefusedException when the file is not UTF-8, empty, badly quoted or lacks a required column
     * @throws id.jalin.kernel.task.CancelledException when the user cancelled
     */
    public ImportPlan read(InputStream in, Progress progress) throws IOException, CsvRefusedException {
        String text = CsvText.decodeUtf8(in.readAllBytes(), "member.import.error.encoding");
        if (text.startsWith("\ufeff")) {
            text = text.substring(1); // Excel writes a byte order mark to say "UTF-8"
        }
        if (text.isBlank()) {
            throw CsvRefusedException.because("member.import.error.empty");
        }
        List<CSVRecord> records = CsvText.parse(text, DelimiterDetector.detect(CsvText.firstLine(text)), "member.import.error.malformed");
        MemberCsvHeader header = MemberCsvHeader.read(records.get(0).toList());
        ImportPlanBuilder plan = new ImportPlanBuilder(header);
        int total = records.size() - 1;
        for (int i = 1; i < records.size(); i++) {
            progress.checkCancelled();
            CSVRecord record = records.get(i);
            CsvRow row = new CsvRow(Math.toIntExact(record.getRecordNumber()), record.toList(), header);
            if (!row.isBlank()) {
                plan.add(row);
            }
            progress.update(i, total);
        }
        return plan.build();
    }

}
