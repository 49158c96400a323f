package id.jalin.crossservice.domain.csv;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.HolderRules;
import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.csv.CsvText;
import id.jalin.kernel.csv.DelimiterDetector;
import id.jalin.kernel.csv.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a card holder file (layout in {@code docs/csv-card-holder-import.md}) into a {@link HolderImportPlan}.
 * Stores nothing. Home libraries are named by member code and resolved through the caller's lookup, so that
 * this package needs no storage of its own.
 */
public final class HolderCsvReader {
    private static final Map<String, HolderKind> KIND_WORDS = Map.of(
            "student", HolderKind.STUDENT, "mahasiswa", HolderKind.STUDENT,
            "lecturer", HolderKind.LECTURER, "dosen", HolderKind.LECTURER,
            "staff", HolderKind.STAFF, "staf", HolderKind.STAFF, "pegawai", HolderKind.STAFF);
    // HolderRules names fields as the form does; an import reason names the column the user has to fix.
    private static final Map<String, HolderCsvColumn> COLUMN_OF_FIELD = Map.of(
            "number", HolderCsvColumn.NUMBER, "name", HolderCsvColumn.NAME, "programme", HolderCsvColumn.PROGRAMME,
            "kind", HolderCsvColumn.KIND, "email", HolderCsvColumn.EMAIL, "phone", HolderCsvColumn.PHONE);

    /**
     * @param libraryIdByCode the stored library id of a member code, empty when no member has that code
     * @throws CsvRefusedException when the file is not UTF-8, empty, badly quoted or lacks a required column
     */
    public HolderImportPlan read(InputStream in, Function<String, Optional<Long>> libraryIdByCode, Progress progress)
            throws IOException, CsvRefusedException {
        String text = CsvText.decodeUtf8(in.readAllBytes(), "holder.import.error.encoding");
        if (text.startsWith("\ufeff")) {
            text = text.substring(1); // Excel writes a byte order mark to say "UTF-8"
        }
        if (text.isBlank()) {
            throw CsvRefusedException.because("holder.import.error.empty");
        }
        List<CSVRecord> records = CsvText.parse(text, DelimiterDetector.detect(CsvText.firstLine(text)), "holder.import.error.malformed");
        HolderCsvHeader header = HolderCsvHeader.read(records.get(0).toList());
        Map<String, Optional<Long>> libraries = new HashMap<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        List<PlannedHolder> holders = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        int total = records.size() - 1;
        for (int i = 1; i < records.size(); i++) {
            progress.checkCancelled();
            CSVRecord record = records.get(i);
            List<String> values = record.toList();
            int rowNumber = Math.toIntExact(record.getRecordNumber());
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            String code = header.value(values, HolderCsvColumn.HOME_LIBRARY).toUpperCase(Locale.ROOT);
            Optional<Long> libraryId = libraries.computeIfAbsent(code,
                    c -> c.isEmpty() ? Optional.empty() : libraryIdByCode.apply(c));
            List<FieldError> reasons = new ArrayList<>();
            if (libraryId.isEmpty()) {
                reasons.add(code.isEmpty()
                        ? FieldError.of(HolderCsvColumn.HOME_LIBRARY.heading(), "holder.import.error.library.required")
                        : FieldError.of(HolderCsvColumn.HOME_LIBRARY.heading(), "holder.import.error.library.unknown",
                                code));
            }
            HolderKind kind = HolderKind.STUDENT;
            String kindText = header.value(values, HolderCsvColumn.KIND);
            if (!kindText.isEmpty()) {
                kind = KIND_WORDS.get(HolderCsvColumn.normalise(kindText));
                if (kind == null) {
                    reasons.add(FieldError.of(HolderCsvColumn.KIND.heading(), "holder.import.error.kind", kindText));
                }
            }
            CardHolder holder = CardHolder.newHolder(libraryId.orElse(0L),
                    header.value(values, HolderCsvColumn.NUMBER), header.value(values, HolderCsvColumn.NAME),
                    header.value(values, HolderCsvColumn.PROGRAMME), kind == null ? HolderKind.STUDENT : kind,
                    header.value(values, HolderCsvColumn.EMAIL), header.value(values, HolderCsvColumn.PHONE));
            HolderRules.validate(holder).errors().forEach(error -> reasons.add(asColumnError(error)));
            if (reasons.isEmpty()) {
                Integer earlier = firstRowOfKey.putIfAbsent(code + "\u0000" + holder.number(), rowNumber);
                if (earlier != null) {
                    reasons.add(FieldError.of(HolderCsvColumn.NUMBER.heading(), "holder.import.error.duplicateRow",
                            holder.number(), earlier));
                }
            }
            if (reasons.isEmpty()) {
                holders.add(new PlannedHolder(holder, rowNumber, values));
            } else {
                rejected.add(new RejectedRow(rowNumber, reasons, values));
            }
            progress.update(i, total);
        }
        return new HolderImportPlan(header.headings(), header.columns(), holders, rejected);
    }

    /** The rule's reason, naming the import column instead of the form field. */
    static FieldError asColumnError(FieldError error) {
        HolderCsvColumn column = COLUMN_OF_FIELD.get(error.field());
        return column == null ? error : new FieldError(column.heading(), error.messageKey(), error.args());
    }

}
