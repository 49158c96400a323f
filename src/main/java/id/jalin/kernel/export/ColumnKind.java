package id.jalin.kernel.export;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What a column holds, so that writers keep its type: a spreadsheet then sums Rupiah, sorts dates by date and
 * treats text as text. Each kind names the one Java type its cells must have.
 */
public enum ColumnKind {
    TEXT(String.class),
    INTEGER(Long.class),
    /** A measured figure with one decimal (average days). */
    DECIMAL(Double.class),
    /** A share, 0.5 for 50% (a fill rate). */
    PERCENT(Double.class),
    RUPIAH(Money.class),
    DATE(LocalDate.class),
    TIME(LocalTime.class),
    DATE_TIME(LocalDateTime.class);

    private final Class<?> valueType;

    ColumnKind(Class<?> valueType) {
        this.valueType = valueType;
    }

    /** Whether {@code value} may stand in a column of this kind; null (an empty cell) fits every kind. */
    public boolean accepts(Object value) {
        return value == null || valueType.isInstance(value);
    }

    Class<?> valueType() {
        return valueType;
    }
}
