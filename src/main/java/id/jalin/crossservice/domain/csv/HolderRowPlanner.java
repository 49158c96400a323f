package id.jalin.crossservice.domain.csv;

import static id.jalin.crossservice.domain.csv.HolderColumns.*;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.HolderRules;
import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportRow;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RowPlanner;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns card holder rows into holders to store. Home libraries are named by member code and resolved through the
 * caller's lookup, so that this package needs no storage of its own; a number given twice for one library is
 * refused on its second row, since only one of the two rows can be right.
 */
final class HolderRowPlanner implements RowPlanner<CardHolder> {
    // HolderRules names fields as the form does; an import reason names the column the user has to fix.
    private static final Map<String, ImportColumn<?>> COLUMN_OF_FIELD = Map.of(
            "number", NUMBER, "name", NAME, "programme", PROGRAMME, "kind", KIND, "email", EMAIL, "phone", PHONE);

    private final Function<String, Optional<Long>> libraryIdByCode;
    private final Map<String, Optional<Long>> libraries = new HashMap<>();
    private final Map<String, Integer> firstRowOfKey = new HashMap<>();
    private final List<Planned<CardHolder>> holders = new ArrayList<>();

    /** @param libraryIdByCode the stored library id of a member code, empty when no member has that code */
    HolderRowPlanner(Function<String, Optional<Long>> libraryIdByCode) {
        this.libraryIdByCode = libraryIdByCode;
    }

    @Override
    public List<FieldError> add(ImportRow row) {
        String code = row.text(HOME_LIBRARY).toUpperCase(Locale.ROOT);
        Optional<Long> libraryId = libraries.computeIfAbsent(code,
                c -> c.isEmpty() ? Optional.empty() : libraryIdByCode.apply(c));
        List<FieldError> reasons = new ArrayList<>();
        if (libraryId.isEmpty()) {
            reasons.add(code.isEmpty()
                    ? FieldError.of(HOME_LIBRARY.key(), "holder.import.error.library.required")
                    : FieldError.of(HOME_LIBRARY.key(), "holder.import.error.library.unknown", code));
        }
        HolderKind kind = row.get(KIND);
        CardHolder holder = CardHolder.newHolder(libraryId.orElse(0L), row.get(NUMBER), row.get(NAME),
                row.get(PROGRAMME), kind == null ? HolderKind.STUDENT : kind, row.get(EMAIL), row.get(PHONE));
        reasons.addAll(row.takeReasons());
        // An unreadable kind is already explained; the rules' word on the stand-in kind would be noise.
        HolderRules.validate(holder).errors().stream().map(HolderRowPlanner::asColumnError)
                .filter(error -> kind != null || !error.field().equals(KIND.key()))
                .forEach(reasons::add);
        if (reasons.isEmpty()) {
            Integer earlier = firstRowOfKey.putIfAbsent(code + "\u0000" + holder.number(), row.number());
            if (earlier != null) {
                reasons.add(FieldError.of(NUMBER.key(), "holder.import.error.duplicateRow", holder.number(), earlier));
            }
        }
        if (reasons.isEmpty()) {
            holders.add(new Planned<>(holder, row.number(), row.values()));
        }
        return reasons;
    }

    @Override
    public List<Planned<CardHolder>> planned() {
        return holders;
    }

    /** The rule's reason, naming the import column instead of the form field. */
    static FieldError asColumnError(FieldError error) {
        ImportColumn<?> column = COLUMN_OF_FIELD.get(error.field());
        return column == null ? error : new FieldError(column.key(), error.messageKey(), error.args());
    }
}
