package id.jalin.kernel.audit;

import id.jalin.kernel.money.Money;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields that differ between two versions of a record, with their values as stable text: dates and times in
 * ISO form ("2026-03-01", "2026-03-01T09:30"), Money as whole rupiah digits ("150000"), booleans as
 * {@code true}/{@code false}, enums by name, binary content by its size. Text that does not depend on the
 * language or the locale, so that the trail reads the same on every desk and years later. Empty text counts as no
 * value: a form saves an untouched field as "" where an import leaves it null, and that is no change to anyone.
 */
public final class FieldChanges {
    /** Longer values are cut here (the column holds 4000 characters); the cut is marked with an ellipsis. */
    static final int MAX_TEXT = 4000;

    private FieldChanges() {
    }

    /**
     * The changed fields from {@code before} to {@code after}, in the order the fields first appear (before's,
     * then fields only after has). A field missing from one side counts as null there.
     */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object old = blankToNull(before.get(field));
            Object now = blankToNull(after.get(field));
            if (!Objects.deepEquals(old, now) && !sameNumber(old, now)) {
                changes.add(new FieldChange(field, text(old), text(now)));
            }
        }
        return changes;
    }

    /** The fields a new record has, each from null; fields with no value are left out. */
    public static List<FieldChange> created(Map<String, ?> after) {
        return between(Map.of(), after);
    }

    /** The fields a deleted record had, each to null, so the trail keeps what was lost. */
    public static List<FieldChange> deleted(Map<String, ?> before) {
        return between(before, Map.of());
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isEmpty() ? null : value;
    }

    /** A value as the trail stores it; null and empty text are null. */
    public static String text(Object value) {
        String text;
        if (value == null || value instanceof String empty && empty.isEmpty()) {
            return null;
        } else if (value instanceof Money money) {
            text = Long.toString(money.rupiah());
        } else if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (value instanceof TemporalAccessor) {
            text = value.toString(); // LocalDate, LocalDateTime, LocalTime print ISO-8601
        } else if (value instanceof Enum<?> constant) {
            text = constant.name();
        } else if (value instanceof byte[] bytes) {
            text = "(" + bytes.length + " bytes)";
        } else {
            text = value.toString();
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026";
    }

    // 5 stored as INTEGER and read back as a Long is no change.
    private static boolean sameNumber(Object a, Object b) {
        return a instanceof Number x && b instanceof Number y && !(a instanceof BigDecimal) && !(b instanceof BigDecimal)
                && x.longValue() == y.longValue() && !(a instanceof Double || a instanceof Float);
    }
}
