package id.jalin.crossservice.domain.csv;

import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which position in a row holds which column, as the header row says. Unknown headings are ignored. */
final class HolderCsvHeader {
    private final List<String> headings;
    private final Map<HolderCsvColumn, Integer> positions;

    private HolderCsvHeader(List<String> headings, Map<HolderCsvColumn, Integer> positions) {
        this.headings = List.copyOf(headings);
        this.positions = positions;
    }

    static HolderCsvHeader read(List<String> headings) throws CsvRefusedException {
        Map<HolderCsvColumn, Integer> positions = new EnumMap<>(HolderCsvColumn.class);
        List<FieldError> reasons = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Optional<HolderCsvColumn> column = HolderCsvColumn.forHeading(headings.get(i));
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                reasons.add(FieldError.of("file", "holder.import.error.duplicateColumn", headings.get(i).strip()));
            }
        }
        for (HolderCsvColumn required : HolderCsvColumn.REQUIRED) {
            if (!positions.containsKey(required)) {
                reasons.add(FieldError.of("file", "holder.import.error.missingColumn", required.heading(),
                        String.join(" / ", required.headings())));
            }
        }
        if (!reasons.isEmpty()) {
            throw new CsvRefusedException(reasons);
        }
        return new HolderCsvHeader(headings, positions);
    }

    List<String> headings() {
        return headings;
    }

    Set<HolderCsvColumn> columns() {
        return Set.copyOf(positions.keySet());
    }

    String value(List<String> values, HolderCsvColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= values.size() || values.get(position) == null) {
            return "";
        }
        return values.get(position).strip();
    }
}
