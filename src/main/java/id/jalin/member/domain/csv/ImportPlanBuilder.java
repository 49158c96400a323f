package id.jalin.member.domain.csv;

import id.jalin.kernel.csv.RejectedRow;
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
final class ImportPlanBuilder {
    private final MemberCsvHeader header;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Integer> rejectedLibraryRows = new HashMap<>();
    private final List<RejectedRow> rejected = new ArrayList<>();

    ImportPlanBuilder(MemberCsvHeader header) {
        this.header = header;
    }

    void add(CsvRow row) {
        String code = row.text(MemberCsvColumn.CODE).toUpperCase(Locale.ROOT);
        Integer rejectedAt = rejectedLibraryRows.get(code);
        if (rejectedAt != null) {
            reject(row, List.of(FieldError.of(MemberCsvColumn.CODE.heading(),
                    "member.import.error.libraryRowRejected", code, rejectedAt)));
            return;
        }
        Group group = groups.get(code);
        if (group == null) {
            define(row, code);
        } else {
            addStaff(row, group);
        }
    }

    private void define(CsvRow row, String code) {
        Parsed<Library> library = LibraryCells.read(row);
        if (!library.isValid()) {
            reject(row, library.reasons());
            if (!code.isEmpty()) {
                rejectedLibraryRows.put(code, row.number());
            }
            return;
        }
        // A bad staff part refuses the row but not the code: the next row of this code may define the library.
        Parsed<Optional<StaffMember>> staff = StaffCells.read(row);
        if (!staff.isValid()) {
            reject(row, staff.reasons());
            return;
        }
        Group group = new Group(library.value(), row);
        staff.value().ifPresent(group::add);
        groups.put(code, group);
    }

    private void addStaff(CsvRow row, Group group) {
        String name = row.text(MemberCsvColumn.NAME);
        if (!name.isEmpty() && !name.equalsIgnoreCase(group.library.name())) {
            // Same code, different library name: most likely two libraries given one code by mistake.
            reject(row, List.of(FieldError.of(MemberCsvColumn.CODE.heading(), "member.import.error.codeClash",
                    group.library.code(), group.row.number(), group.library.name())));
            return;
        }
        Parsed<Optional<StaffMember>> staff = StaffCells.read(row);
        if (!staff.isValid()) {
            reject(row, staff.reasons());
            return;
        }
        if (staff.value().isEmpty()) {
            return; // a repeated library line without a person adds nothing
        }
        StaffMember person = staff.value().get();
        if (!group.add(person)) {
            reject(row, List.of(FieldError.of(MemberCsvColumn.STAFF_NAME.heading(),
                    "member.error.staffName.duplicate", person.name())));
        }
    }

    private void reject(CsvRow row, List<FieldError> reasons) {
        rejected.add(new RejectedRow(row.number(), reasons, row.values()));
    }

    ImportPlan build() {
        List<PlannedMember> members = new ArrayList<>();
        for (Group group : groups.values()) {
            members.add(new PlannedMember(new Member(group.library, group.staff), group.row.number(),
                    group.row.values()));
        }
        return new ImportPlan(header.headings(), header.columns(), members, rejected);
    }

    /** The library a code defines and the people gathered for it so far. */
    private static final class Group {
        private final Library library;
        private final CsvRow row;
        private final List<StaffMember> staff = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        Group(Library library, CsvRow row) {
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
