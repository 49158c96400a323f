package id.jalin.member.domain.csv;

import static id.jalin.member.domain.csv.MemberColumns.*;

import id.jalin.kernel.importing.ImportRow;
import id.jalin.kernel.validation.ContactRules;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the optional staff part of a row: either nothing at all, or a person with at least a name. */
final class StaffCells {
    private StaffCells() {
    }

    /** Empty when every staff cell is blank: a row may describe just the library. */
    static Parsed<Optional<StaffMember>> read(ImportRow row) {
        if (!row.hasAny(STAFF)) {
            return new Parsed<>(Optional.empty(), List.of());
        }
        StaffMember person = StaffMember.newStaff(row.get(STAFF_NAME), row.get(STAFF_POSITION),
                row.get(STAFF_EMAIL), row.get(STAFF_PHONE), row.get(STAFF_ROLE));
        List<FieldError> reasons = new ArrayList<>(row.takeReasons());
        if (person.name().isEmpty()) {
            reasons.add(FieldError.of(STAFF_NAME.key(), "member.import.error.staffNameMissing"));
        }
        if (!person.email().isEmpty() && !ContactRules.isEmail(person.email())) {
            reasons.add(FieldError.of(STAFF_EMAIL.key(), "member.error.email.shape", person.email()));
        }
        if (!person.phone().isEmpty() && !ContactRules.isPhone(person.phone())) {
            reasons.add(FieldError.of(STAFF_PHONE.key(), "member.error.phone.shape", person.phone()));
        }
        return new Parsed<>(Optional.of(person), reasons);
    }
}
