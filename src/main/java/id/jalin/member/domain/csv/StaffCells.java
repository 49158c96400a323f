package id.jalin.member.domain.csv;

import static id.jalin.member.domain.csv.MemberCsvColumn.*;

import id.jalin.kernel.validation.ContactRules;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the optional staff part of a row: either nothing at all, or a person with at least a name. */
final class StaffCells {
    private static final List<MemberCsvColumn> COLUMNS =
            List.of(STAFF_NAME, STAFF_POSITION, STAFF_EMAIL, STAFF_PHONE, STAFF_ROLE);

    private StaffCells() {
    }

    /** Empty when every staff cell is blank: a row may describe just the library. */
    static Parsed<Optional<StaffMember>> read(CsvRow row) {
        if (!row.hasAny(COLUMNS)) {
            return new Parsed<>(Optional.empty(), List.of());
        }
        StaffMember person = StaffMember.newStaff(row.text(STAFF_NAME), row.text(STAFF_POSITION),
                row.text(STAFF_EMAIL), row.text(STAFF_PHONE),
                row.word(STAFF_ROLE, CsvWords.ROLES, ForumRole.NONE, "member.import.error.role"));
        List<FieldError> reasons = new ArrayList<>(row.takeReasons());
        if (person.name().isEmpty()) {
            reasons.add(FieldError.of(STAFF_NAME.heading(), "member.import.error.staffNameMissing"));
        }
        if (!person.email().isEmpty() && !ContactRules.isEmail(person.email())) {
            reasons.add(FieldError.of(STAFF_EMAIL.heading(), "member.error.email.shape", person.email()));
        }
        if (!person.phone().isEmpty() && !ContactRules.isPhone(person.phone())) {
            reasons.add(FieldError.of(STAFF_PHONE.heading(), "member.error.phone.shape", person.phone()));
        }
        return new Parsed<>(Optional.of(person), reasons);
    }
}
