package id.jalin.member.domain.csv;

import id.jalin.kernel.importing.ImportRow;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RowPlanner;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.StaffMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups rows into members by code. The first good row of a code defines the library; later rows of that code
 * only add staff. A code whose defining row had a bad library part is poisoned: its later rows are refused
 * with a pointer to that row, because guessing which library they meant would store the wrong thing.
 */
final class MemberRowPlanner implements RowPlanner<Member> {
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Integer> rejectedLibraryRows = new HashMap<>();

    @Override
    public List<FieldError> add(ImportRow row) {
        String code = row.text(MemberColumns.CODE).toUpperCase(Locale.ROOT);
        Integer rejectedAt = rejectedLibraryRows.get(code);
        if (rejectedAt != null) {
            return List.of(FieldError.of(MemberColumns.CODE.key(),
                    "member.import.error.libraryRowRejected", code, rejectedAt));
        }
        Group group = groups.get(code);
        return group == null ? define(row, code) : addStaff(row, group);
    }

    private List<FieldError> define(ImportRow row, String code) {
        Parsed<Library> library = LibraryCells.read(row);
        if (!library.isValid()) {
            if (!code.isEmpty()) {
                rejectedLibraryRows.put(code, row.number());
            }
            return library.reasons();
        }
        // A bad staff part refuses the row but not the code: the next row of this code may define the library.
        Parsed<Optional<StaffMember>> staff = StaffCells.read(row);
        if (!staff.isValid()) {
            return staff.reasons();
        }
        Group group = new Group(library.value(), row);
        staff.value().ifPresent(group::add);
        groups.put(code, group);
        return List.of();
    }

    private List<FieldError> addStaff(ImportRow row, Group group) {
        String name = row.text(MemberColumns.NAME);
        if (!name.isEmpty() && !name.equalsIgnoreCase(group.library.name())) {
            // Same code, different library name: most likely two libraries given one code by mistake.
            return List.of(FieldError.of(MemberColumns.CODE.key(), "member.import.error.codeClash",
                    group.library.code(), group.row.number(), group.library.name()));
        }
        Parsed<Optional<StaffMember>> staff = StaffCells.read(row);
        if (!staff.isValid()) {
            return staff.reasons();
        }
        if (staff.value().isEmpty()) {
            return List.of(); // a repeated library line without a person adds nothing
        }
        StaffMember person = staff.value().get();
        if (!group.add(person)) {
            return List.of(FieldError.of(MemberColumns.STAFF_NAME.key(),
                    "member.error.staffName.duplicate", person.name()));
        }
        return List.of();
    }

    @Override
    public List<Planned<Member>> planned() {
        List<Planned<Member>> members = new ArrayList<>();
        for (Group group : groups.values()) {
            members.add(new Planned<>(new Member(group.library, group.staff), group.row.number(),
                    group.row.values()));
        }
        return members;
    }

    /** The library a code defines and the people gathered for it so far. */
    private static final class Group {
        private final Library library;
        private final ImportRow row;
        private final List<StaffMember> staff = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        Group(Library library, ImportRow row) {
            this.library = library;
            this.row = row;
        }

        /** False when a person of that name (any case) is already there. */
        boolean add(StaffMember person) {
            if (!names.add(person.name().toLowerCase(Locale.ROOT))) {
                return false;
            }
            staff.add(person);
            return true;
        }
    }
}
