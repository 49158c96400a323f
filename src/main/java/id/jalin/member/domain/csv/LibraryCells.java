package id.jalin.member.domain.csv;

import static id.jalin.member.domain.csv.MemberColumns.*;

import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportRow;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the library part of a row and checks it with the same rules as the member form. */
final class LibraryCells {
    // MemberRules names fields as the form does; an import reason names the column the user has to fix.
    private static final Map<String, ImportColumn<?>> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("code", CODE), Map.entry("name", NAME), Map.entry("kind", KIND), Map.entry("email", EMAIL),
            Map.entry("phone", PHONE), Map.entry("website", WEBSITE), Map.entry("yearlyDues", YEARLY_DUES),
            Map.entry("collectionTitles", COLLECTION_TITLES), Map.entry("joinedOn", JOINED),
            Map.entry("catalogueUrl", CATALOGUE_URL), Map.entry("catalogueKind", CATALOGUE_KIND));

    private LibraryCells() {
    }

    static Parsed<Library> read(ImportRow row) {
        Library library = new Library(null, 0, row.get(CODE), row.get(NAME), row.get(INSTITUTION), row.get(KIND),
                row.get(ADDRESS), row.get(CITY), row.get(PROVINCE), row.get(PHONE), row.get(EMAIL),
                row.get(WEBSITE), row.get(JOINED), row.get(STATUS), row.get(DUES_CLASS), row.get(YEARLY_DUES),
                row.get(COLLECTION_TITLES), row.get(NOTES),
                new CatalogueAddress(row.get(CATALOGUE_URL), row.get(CATALOGUE_KIND)));
        List<FieldError> reasons = new ArrayList<>(row.takeReasons());
        // A cell that could not be read is already explained; "kind is required" on top of "unknown kind" is noise.
        Set<String> unreadable = reasons.stream().map(FieldError::field).collect(Collectors.toSet());
        for (FieldError error : MemberRules.validateLibrary(library).errors()) {
            FieldError renamed = asColumnError(error);
            if (!unreadable.contains(renamed.field())) {
                reasons.add(renamed);
            }
        }
        return new Parsed<>(library, reasons);
    }

    /** The rule's reason, naming the import column instead of the form field. */
    static FieldError asColumnError(FieldError error) {
        ImportColumn<?> column = COLUMN_OF_FIELD.get(error.field());
        return column == null ? error : new FieldError(column.key(), error.messageKey(), error.args());
    }
}
