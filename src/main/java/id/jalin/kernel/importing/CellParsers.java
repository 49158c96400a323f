package id.jalin.kernel.importing;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cell parsers every import needs, so that a date or an amount is read the same way in every file. Dates and
 * numbers also arrive as what {@link XlsxSource} makes of typed cells (ISO dates, plain whole numbers).
 */
public final class CellParsers {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    // Whole numbers, optionally grouped by thousands with dots (Indonesian) or commas (English).
    private static final Pattern WHOLE = Pattern.compile("^-?(\\d+|\\d{1,3}(\\.\\d{3})+|\\d{1,3}(,\\d{3})+)$");
    // Rupiah with dots grouping thousands, properly: "1250.5" (a decimal from a workbook cell) is not 12505.
    private static final Pattern RUPIAH = Pattern.compile("^-?(rp\\.?)?-?(\\d+|\\d{1,3}(\\.\\d{3})+)$",
            Pattern.CASE_INSENSITIVE);

    private CellParsers() {
    }

    /** The text as it is. */
    public static CellParser<String> text() {
        return CellReading::of;
    }

    /** dd/MM/yyyy as Indonesians write dates, or yyyy-MM-dd as spreadsheets export them; blank is null. */
    public static CellParser<LocalDate> date() {
        return text -> {
            if (text.isEmpty()) {
                return CellReading.of(null);
            }
            for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, DateTimeFormatter.ISO_LOCAL_DATE)) {
                try {
                    return CellReading.of(LocalDate.parse(text, format));
                } catch (DateTimeParseException notThisOne) {
                    // try the next accepted form
                }
            }
            return CellReading.problem("import.error.date");
        };
    }

    /** Whole Rupiah as people type it: "1250000", "1.250.000", "Rp 1.250.000". Blank is zero. */
    public static CellParser<Money> money() {
        return text -> {
            if (text.isEmpty()) {
                return CellReading.of(Money.ZERO);
            }
            String compact = text.replace(" ", "").replace("\u00a0", "");
            Optional<Money> money = RUPIAH.matcher(compact).matches() ? Money.parse(text, INDONESIAN) : Optional.empty();
            return money.isPresent() ? CellReading.of(money.get()) : CellReading.problem("import.error.money");
        };
    }

    /** A whole number, thousands grouped by dots or commas allowed ("185.000"); blank is null. */
    public static CellParser<Integer> wholeNumber() {
        return text -> {
            String compact = text.replace(" ", "").replace("\u00a0", "");
            if (compact.isEmpty()) {
                return CellReading.of(null);
            }
            if (WHOLE.matcher(compact).matches()) {
                try {
                    return CellReading.of(Integer.valueOf(compact.replace(".", "").replace(",", "")));
                } catch (NumberFormatException tooLarge) {
                    // reported below like any other unreadable number
                }
            }
            return CellReading.problem("import.error.number");
        };
    }

    /**
     * One of an enum's constants, named by the constant itself in any case or by one of {@code words} (the English
     * and Indonesian words people write). Spaces, hyphens and underscores are interchangeable.
     *
     * @param blank      the value of an empty cell
     * @param problemKey the feature's explanation, which lists the accepted words
     */
    public static <E extends Enum<E>> CellParser<E> oneOf(Class<E> type, Map<String, E> words, E blank,
                                                          String problemKey) {
        Map<String, E> known = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            known.put(ImportSchema.normalise(constant.name()), constant);
        }
        words.forEach((word, constant) -> known.put(ImportSchema.normalise(word), constant));
        return text -> {
            if (text.isEmpty()) {
                return CellReading.of(blank);
            }
            E value = known.get(ImportSchema.normalise(text));
            return value == null ? CellReading.problem(problemKey) : CellReading.of(value);
        };
    }
}
