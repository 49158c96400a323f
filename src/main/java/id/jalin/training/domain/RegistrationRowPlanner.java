package id.jalin.training.domain;

import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportRow;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RowPlanner;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads each row of a sign-up file into a registration. A member code names the member library; the person is then
 * that member's staff person with the same e-mail (or, failing that, the same name) in the register, or a guest from
 * that member. Without a member code the person is a guest. A person twice in the file is set aside the second time;
 * the seats, the quota and the deadline are checked when the rows are stored.
 */
final class RegistrationRowPlanner implements RowPlanner<ImportedRegistration> {
    private final Function<String, Optional<TrainingMember>> memberByCode;
    private final Function<Long, List<TrainingStaff>> staffOf;
    private final List<Planned<ImportedRegistration>> planned = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** Each member's staff read once per file, however many rows name the member. */
    private final Map<Long, List<TrainingStaff>> staffRead = new HashMap<>();

    RegistrationRowPlanner(Function<String, Optional<TrainingMember>> memberByCode,
                           Function<Long, List<TrainingStaff>> staffOf) {
        this.memberByCode = memberByCode;
        this.staffOf = staffOf;
    }

    @Override
    public List<FieldError> add(ImportRow row) {
        ParticipantRole role = row.get(RegistrationColumns.ROLE);
        List<FieldError> reasons = new ArrayList<>(row.takeReasons());
        String name = row.text(RegistrationColumns.NAME);
        String institution = row.text(RegistrationColumns.INSTITUTION);
        String email = row.text(RegistrationColumns.EMAIL);
        String code = row.text(RegistrationColumns.MEMBER_CODE);
        Registrant registrant;
        if (code.isEmpty()) {
            registrant = new Registrant.Guest(name, institution, email, null);
        } else {
            Optional<TrainingMember> member = memberByCode.apply(code);
            if (member.isEmpty()) {
                reasons.add(FieldError.of(RegistrationColumns.MEMBER_CODE.key(), "training.import.memberCode", code));
                registrant = null;
            } else {
                registrant = staffOrGuest(member.get(), name, institution, email);
            }
        }
        if (registrant != null) {
            ImportedRegistration imported = new ImportedRegistration(registrant,
                    role == null ? ParticipantRole.PARTICIPANT : role, row.text(RegistrationColumns.CARD_NUMBER));
            Registration probe = probe(registrant, name, email, imported);
            for (FieldError error : TrainingRules.person(probe).errors()) {
                reasons.add(asColumnError(error));
            }
            if (reasons.isEmpty() && !seen.add(probe.personKey())) {
                reasons.add(FieldError.of(RegistrationColumns.NAME.key(), "training.import.twiceInFile", name));
            }
            if (reasons.isEmpty()) {
                planned.add(new Planned<>(imported, row.number(), row.values()));
            }
        }
        return reasons;
    }

    @Override
    public List<Planned<ImportedRegistration>> planned() {
        return List.copyOf(planned);
    }

    private Registrant staffOrGuest(TrainingMember member, String name, String institution, String email) {
        List<TrainingStaff> staff = staffRead.computeIfAbsent(member.id(), staffOf);
        Optional<TrainingStaff> byEmail = email.isEmpty() ? Optional.empty() : staff.stream()
                .filter(person -> person.email().equalsIgnoreCase(email)).findFirst();
        Optional<TrainingStaff> match = byEmail.or(() -> staff.stream()
                .filter(person -> squash(person.name()).equals(squash(name))).findFirst());
        if (match.isPresent()) {
            return new Registrant.Staff(member.id(), match.get().id());
        }
        return new Registrant.Guest(name, institution.isEmpty() ? member.name() : institution, email, member.id());
    }

    /**
     * The registration as far as the file says, for the person's own rules: a staff person's institution is the
     * member's, taken from the register when stored.
     */
    private static Registration probe(Registrant registrant, String name, String email,
                                      ImportedRegistration imported) {
        if (registrant instanceof Registrant.Guest guest) {
            return new Registration(null, 0, guest.memberId(), null, guest.name(), guest.institution(),
                    guest.email(), imported.role(), null, "", imported.cardNumber(), null, null, 0);
        }
        Registrant.Staff staff = (Registrant.Staff) registrant;
        return new Registration(null, 0, staff.memberId(), staff.staffId(), name, "-", email, imported.role(), null,
                "", imported.cardNumber(), null, null, 0);
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The rule's reason, naming the import column instead of the form field. */
    static FieldError asColumnError(FieldError error) {
        ImportColumn<?> column = RegistrationColumns.COLUMN_OF_FIELD.get(error.field());
        return column == null ? error : new FieldError(column.key(), error.messageKey(), error.args());
    }
}
