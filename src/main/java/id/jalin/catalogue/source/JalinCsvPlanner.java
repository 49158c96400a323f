package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.JalinCsvColumns.*;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.Issn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.RecordFlag;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.ImportRow;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RowPlanner;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns each row of a Jalin holdings file into a record and hands it to the sink at once, so a large file's records
 * are not held until the end; the rows it refuses go back to the kernel's reader, which sets them aside.
 */
final class JalinCsvPlanner implements RowPlanner<Void> {
    private final RecordSink sink;
    private final Set<String> usedIds = new HashSet<>();

    JalinCsvPlanner(RecordSink sink) {
        this.sink = sink;
    }

    @Override
    public List<FieldError> add(ImportRow row) {
        MaterialKind kind = row.get(KIND);
        Integer copies = row.get(COPIES);
        List<FieldError> reasons = new ArrayList<>(row.takeReasons());
        // closing ISBD punctuation ("Judul /") dropped, as from SLiMS CSV and MARC
        String title = MarcFields.trimmed(MarcFields.nfc(row.text(TITLE)), true);
        if (title.isEmpty()) {
            reasons.add(FieldError.of(TITLE.key(), "catalogue.read.no_title"));
        }
        if (copies != null && copies < 0) {
            reasons.add(FieldError.of(COPIES.key(), "catalogue.read.copies", copies));
        }
        if (!reasons.isEmpty()) {
            return reasons;
        }
        List<RecordFlag> flags = new ArrayList<>();
        List<Isbn> isbns = new ArrayList<>();
        List<Issn> issns = new ArrayList<>();
        SlimsCsvRow.identifiers(row.text(ISBN) + ";" + row.text(ISSN), isbns, issns, flags);
        String yearText = row.text(YEAR);
        Integer year = MarcPublication.yearIn(yearText);
        MarcRecordMapping.flagIf(year == null && !yearText.isEmpty(), RecordFlag.UNREADABLE_YEAR, flags);
        List<String> itemCodes = list(row.text(ITEM_CODES));
        String id = MarcFields.nfc(row.text(RECORD_ID));
        String sourceId = id.isEmpty() ? RowIds.sourceId(itemCodes, isbns, row.number(), usedIds)
                : RowIds.unique(id, row.number(), usedIds);
        sink.accept(new CatalogueRecord(sourceId, title, MarcFields.trimmed(text(row, SUBTITLE), true),
                text(row, RESPONSIBILITY),
                list(row.text(AUTHORS)), text(row, EDITION), text(row, PUBLISHER), text(row, PLACE), year, isbns,
                issns, list(row.text(SUBJECTS)), text(row, LANGUAGE), text(row, CALL_NUMBER),
                text(row, CLASSIFICATION), text(row, SERIES), text(row, EXTENT), text(row, NOTES), kind, itemCodes,
                copies == null ? 0 : copies, flags, Optional.empty()));
        return List.of();
    }

    @Override
    public List<Planned<Void>> planned() {
        // every record went to the sink as its row was read
        return List.of();
    }

    private static String text(ImportRow row, id.jalin.kernel.importing.ImportColumn<String> column) {
        return MarcFields.nfc(row.text(column));
    }

    /** The ";"-separated values of a cell, each stripped, blanks and repeats left out. */
    static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(MarcFields::nfc).filter(value -> !value.isEmpty()).distinct()
                .toList();
    }
}
