package id.jalin.member.domain.csv;

import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which position in a row holds which column, as the header row says. Unknown headings are ignored. */
public final class MemberCsvHeader {
    private final List<String> headings;
    private final Map<MemberCsvColumn, Integer> positions;

    private MemberCsvHeader(List<String> headings, Map<MemberCsvColumn, Integer> positions) {
        this.headings = List.copyOf(headings);
        this.positions = positions;
    }

    /**
     * Reads the header row. Refuses it when a required column is missing or a column appears twice (for
     * example both "code" and "kode"), since then no row could be read with certainty.
     */
    public static MemberCsvHeader read(List<String> headings) throws CsvRefusedException {
        Map<MemberCsvColumn, Integer> positions = new EnumMap<>(MemberCsvColumn.class);
        List<FieldError> reasons = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = stripBom(headings.get(i));
            Optional<MemberCsvColumn> column = MemberCsvColumn.forHeading(heading);
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                reasons.add(FieldError.of("file", "member.import.error.duplicateColumn", heading.strip()));
            }
        }
        for (MemberCsvColumn required : MemberCsvColumn.REQUIRED) {
            if (!positions.containsKey(required)) {
                reasons.add(FieldError.of("file", "member.import.error.missingColumn", required.heading(),
                        String.join(" / ", required.headings())));
            }
        }
        if (!reasons.isEmpty()) {
            throw new CsvRefusedException(reasons);
        }
        return new MemberCsvHeader(headings, positions);
    }

    private static String stripBom(String heading) {
        return heading.startsWith("\ufeff") ? heading.substring(1) : heading;
    }

    /** The headings exactly as the file wrote them, for writing rejected rows back in the same shape. */
    public List<String> headings() {
        return headings;
    }

    public boolean has(MemberCsvColumn column) {
        return positions.containsKey(column);
    }

    public Set<MemberCsvColumn> columns() {
        return Set.copyOf(positions.keySet());
    }

    /** The stripped value of {@code column} in {@code values}; empty when the column or the cell is absent. */
    public String value(List<String> values, MemberCsvColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= values.size() || values.get(position) == null) {
            return "";
        }
        return values.get(position).strip();
    }
}
