package id.jalin.member.domain.csv;

import static id.jalin.member.domain.csv.MemberColumns.*;

import id.jalin.kernel.importing.ImportColumn;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lays a member read from a file over the stored one with the same code. Only the columns the file has are
 * taken from it (a list without a status column must not re-activate members who left), staff are matched by
 * name ignoring case, and stored staff the file does not mention are kept: a file is rarely a complete list.
 */
final class MemberMerge {
    private final Set<ImportColumn<?>> columns;

    MemberMerge(Set<ImportColumn<?>> columns) {
        this.columns = Set.copyOf(columns);
    }

    /** The member to store, and how many staff it adds and updates. */
    record Merged(Member member, int staffAdded, int staffUpdated) {
    }

    Merged merge(Member stored, Member fromFile) {
        List<StaffMember> staff = new ArrayList<>(stored.staff());
        int added = 0;
        int updated = 0;
        for (StaffMember person : fromFile.staff()) {
            int match = indexByName(staff, person.name());
            if (match < 0) {
                staff.add(person);
                added++;
            } else {
                staff.set(match, staffOver(staff.get(match), person));
                updated++;
            }
        }
        return new Merged(new Member(libraryOver(stored.library(), fromFile.library()), staff), added, updated);
    }

    private static int indexByName(List<StaffMember> staff, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < staff.size(); i++) {
            if (staff.get(i).name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private Library libraryOver(Library stored, Library file) {
        return new Library(null, 0, file.code(),
                pick(NAME, file.name(), stored.name()),
                pick(INSTITUTION, file.institution(), stored.institution()),
                pick(KIND, file.kind(), stored.kind()),
                pick(ADDRESS, file.address(), stored.address()),
                pick(CITY, file.city(), stored.city()),
                pick(PROVINCE, file.province(), stored.province()),
                pick(PHONE, file.phone(), stored.phone()),
                pick(EMAIL, file.email(), stored.email()),
                pick(WEBSITE, file.website(), stored.website()),
                pick(JOINED, file.joinedOn(), stored.joinedOn()),
                pick(STATUS, file.status(), stored.status()),
                pick(DUES_CLASS, file.duesClass(), stored.duesClass()),
                pick(YEARLY_DUES, file.yearlyDues(), stored.yearlyDues()),
                pick(COLLECTION_TITLES, file.collectionTitles(), stored.collectionTitles()),
                pick(NOTES, file.notes(), stored.notes()),
                // A register list rarely carries catalogue addresses: one typed in the form must survive it.
                new CatalogueAddress(pick(CATALOGUE_URL, file.catalogue().url(), stored.catalogue().url()),
                        pick(CATALOGUE_KIND, file.catalogue().kind(), stored.catalogue().kind())))
                .asUpdateOf(stored);
    }

    private StaffMember staffOver(StaffMember stored, StaffMember file) {
        // The stored spelling of the name wins: the match ignored case, and renaming is the form's job.
        return StaffMember.newStaff(stored.name(),
                pick(STAFF_POSITION, file.position(), stored.position()),
                pick(STAFF_EMAIL, file.email(), stored.email()),
                pick(STAFF_PHONE, file.phone(), stored.phone()),
                pick(STAFF_ROLE, file.role(), stored.role()))
                .asUpdateOf(stored);
    }

    private <T> T pick(ImportColumn<?> column, T fromFile, T stored) {
        return columns.contains(column) ? fromFile : stored;
    }
}
