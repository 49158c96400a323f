package id.jalin.member.domain.csv;

import static id.jalin.member.domain.csv.MemberCsvColumn.*;

import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberRules;
import id.jalin.member.domain.MemberStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the library part of a row and checks it with the same rules as the member form. */
final class LibraryCells {
    // MemberRules names fields as the form does; an import reason names the column the user has to fix.
    private static final Map<String, MemberCsvColumn> COLUMN_OF_FIELD = Map.of(
            "code", CODE, "name", NAME, "kind", KIND, "email", EMAIL, "phone", PHONE, "website", WEBSITE,
            "yearlyDues", YEARLY_DUES, "collectionTitles", COLLECTION_TITLES, "joinedOn", JOINED);

    private LibraryCells() {
    }

    static Parsed<Library> read(CsvRow row) {
        Library library = new Library(null, 0, row.text(CODE), row.text(NAME), row.text(INSTITUTION),
                row.word(KIND, CsvWords.KINDS, null, "member.import.error.kind"),
                row.text(ADDRESS), row.text(CITY), row.text(PROVINCE), row.text(PHONE), row.text(EMAIL),
                row.text(WEBSITE), row.date(JOINED),
                row.word(STATUS, CsvWords.STATUSES, MemberStatus.ACTIVE, "member.import.error.status"),
                row.text(DUES_CLASS), row.money(YEARLY_DUES), row.wholeNumber(COLLECTION_TITLES), row.text(NOTES));
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
        MemberCsvColumn column = COLUMN_OF_FIELD.get(error.field());
        return column == null ? error : new FieldError(column.heading(), error.messageKey(), error.args());
    }
}
