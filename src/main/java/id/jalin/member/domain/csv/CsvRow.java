package id.jalin.member.domain.csv;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One data row of the file, read cell by cell into typed values. A cell that cannot be read yields null and
 * leaves a reason behind, so that one pass over a row collects every problem the user has to fix.
 */
final class CsvRow {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    // Whole numbers, optionally grouped by thousands with dots (Indonesian) or commas (English).
    private static final Pattern WHOLE = Pattern.compile("^-?(\\d+|\\d{1,3}(\\.\\d{3})+|\\d{1,3}(,\\d{3})+)$");

    private final int number;
    private final List<String> values;
    private final MemberCsvHeader header;
    private final List<FieldError> reasons = new ArrayList<>();

    CsvRow(int number, List<String> values, MemberCsvHeader header) {
        this.number = number;
        this.values = List.copyOf(values);
        this.header = header;
    }

    /** The row's number as a spreadsheet shows it: the header is row 1. */
    int number() {
        return number;
    }

    List<String> values() {
        return values;
    }

    /** The reasons collected by the typed reads since the last call; the row starts afresh for the next part. */
    List<FieldError> takeReasons() {
        List<FieldError> taken = List.copyOf(reasons);
        reasons.clear();
        return taken;
    }

    boolean isBlank() {
        return values.stream().allMatch(value -> value == null || value.isBlank());
    }

    String text(MemberCsvColumn column) {
        return header.value(values, column);
    }

    boolean hasAny(List<MemberCsvColumn> columns) {
        return columns.stream().anyMatch(column -> !text(column).isEmpty());
    }

    /** dd/MM/yyyy as Indonesians write dates, or yyyy-MM-dd as spreadsheets export them. */
    LocalDate date(MemberCsvColumn column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next accepted form
            }
        }
        return fail(column, "member.import.error.date", text);
    }

    /** Whole Rupiah as people type it: "1250000", "1.250.000", "Rp 1.250.000". Blank means none. */
    Money money(MemberCsvColumn column) {
        String text = text(column);
        if (text.isEmpty()) {
            return Money.ZERO;
        }
        Optional<Money> money = Money.parse(text, INDONESIAN);
        return money.isPresent() ? money.get() : fail(column, "member.import.error.money", text);
    }

    Integer wholeNumber(MemberCsvColumn column) {
        String text = text(column).replace(" ", "").replace("\u00a0", "");
        if (text.isEmpty()) {
            return null;
        }
        if (WHOLE.matcher(text).matches()) {
            try {
                return Integer.valueOf(text.replace(".", "").replace(",", ""));
            } catch (NumberFormatException tooLarge) {
                // reported below like any other unreadable number
            }
        }
        return fail(column, "member.import.error.number", text(column));
    }

    /** The enum value a word names, or {@code blank} when the cell is empty. */
    <E extends Enum<E>> E word(MemberCsvColumn column, CsvWords<E> words, E blank, String messageKey) {
        String text = text(column);
        if (text.isEmpty()) {
            return blank;
        }
        Optional<E> value = words.read(text);
        return value.isPresent() ? value.get() : fail(column, messageKey, text);
    }

    private <T> T fail(MemberCsvColumn column, String messageKey, String text) {
        reasons.add(FieldError.of(column.heading(), messageKey, text));
        return null;
    }
}
