package id.jalin.kernel.db.transfer;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;

/** A row as one line of canonical cells separated by tabs: the archive's row and the checksum's input. */
final class RowLine {
    private RowLine() {
    }

    static String of(Record record, List<Field<?>> fields) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(CanonicalValue.render(record.get(fields.get(i))));
        }
        return line.toString();
    }

    static String header(List<Field<?>> fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(field -> names.add(field.getName()));
        return String.join("\t", names);
    }

    /** The cells of a line, parsed into the fields' Java types. */
    static Object[] parse(String line, List<Field<?>> fields) {
        String[] cells = line.split("\t", -1);
        if (cells.length != fields.size()) {
            throw new IllegalArgumentException("A row has " + cells.length + " cells where " + fields.size()
                    + " columns were expected");
        }
        Object[] values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = CanonicalValue.parse(cells[i], fields.get(i).getType());
        }
        return values;
    }
}
