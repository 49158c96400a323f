package id.jalin.member.data;

import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static id.jalin.kernel.db.generated.Tables.STAFF;

import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.generated.tables.records.LibraryRecord;
import id.jalin.kernel.db.generated.tables.records.StaffRecord;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberReference;
import id.jalin.member.domain.MemberRepository;
import id.jalin.member.domain.MemberStatus;
import id.jalin.member.domain.StaffMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Stores members in the {@code library} and {@code staff} tables; every write leaves its audit rows in the same
 * transaction (a library by its name and code, a staff member by their name and library).
 */
public final class JooqMemberRepository implements MemberRepository {
    private final DSLContext dsl;
    private final MemberReferenceFinder referenceFinder;
    private final RecordAudit audit;

    public JooqMemberRepository(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.referenceFinder = new MemberReferenceFinder(dsl);
        this.audit = new RecordAudit(trail, "member");
    }

    @Override
    public List<Library> findAllLibraries() {
        return dsl.selectFrom(LIBRARY).orderBy(LIBRARY.NAME, LIBRARY.CODE).fetch(JooqMemberRepository::toLibrary);
    }

    @Override
    public java.util.Map<Long, String> libraryNames(java.util.Set<Long> libraryIds) {
        return dsl.select(LIBRARY.ID, LIBRARY.NAME).from(LIBRARY).where(LIBRARY.ID.in(libraryIds))
                .fetchMap(LIBRARY.ID, LIBRARY.NAME);
    }

    @Override
    public Optional<Member> findMember(long libraryId) {
        return dsl.selectFrom(LIBRARY).where(LIBRARY.ID.eq(libraryId)).fetchOptional()
                .map(record -> loadMember(dsl, record));
    }

    @Override
    public Optional<Member> findMemberByCode(String code) {
        return dsl.selectFrom(LIBRARY).where(LIBRARY.CODE.eq(code.strip().toUpperCase(java.util.Locale.ROOT)))
                .fetchOptional().map(record -> loadMember(dsl, record));
    }

    @Override
    public boolean codeTaken(String code, Long excludingId) {
        var condition = LIBRARY.CODE.eq(code);
        if (excludingId != null) {
            condition = condition.and(LIBRARY.ID.ne(excludingId));
        }
        return dsl.fetchExists(LIBRARY, condition);
    }

    @Override
    public Member save(Member member) {
        return dsl.transactionResult(configuration -> saveIn(configuration.dsl(), member));
    }

    @Override
    public List<Member> saveAll(List<Member> members, Progress progress) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            List<Member> saved = new ArrayList<>(members.size());
            for (Member member : members) {
                progress.checkCancelled();
                saved.add(saveIn(tx, member));
                progress.update(saved.size(), members.size());
            }
            return saved;
        });
    }

    private Member saveIn(DSLContext tx, Member member) {
        Library library = member.library();
        long libraryId;
        int version;
        if (library.isNew()) {
            LibraryRecord record = tx.newRecord(LIBRARY);
            fill(record, library);
            record.setVersion(0);
            record.store();
            libraryId = record.getId();
            version = 0;
            audit.created(tx, tx.fetchSingle(LIBRARY, LIBRARY.ID.eq(libraryId)), libraryId, label(record));
        } else {
            version = library.version() + 1;
            LibraryRecord before = tx.fetchOne(LIBRARY, LIBRARY.ID.eq(library.id()));
            int updated = tx.update(LIBRARY)
                    .set(valuesOf(tx, library))
                    .set(LIBRARY.VERSION, version)
                    .where(LIBRARY.ID.eq(library.id()).and(LIBRARY.VERSION.eq(library.version())))
                    .execute();
            if (updated == 0) {
                throw tx.fetchExists(LIBRARY, LIBRARY.ID.eq(library.id()))
                        ? new StaleRecordException(library.code())
                        : new RecordGoneException(library.code());
            }
            libraryId = library.id();
            LibraryRecord after = tx.fetchSingle(LIBRARY, LIBRARY.ID.eq(libraryId));
            audit.updated(tx, before, after, libraryId, label(after), "status");
        }
        saveStaff(tx, libraryId, library.name(), member.staff());
        return loadMember(tx, tx.fetchSingle(LIBRARY, LIBRARY.ID.eq(libraryId)));
    }

    private static LibraryRecord valuesOf(DSLContext tx, Library library) {
        LibraryRecord record = tx.newRecord(LIBRARY);
        fill(record, library);
        record.changed(LIBRARY.ID, false);
        record.changed(LIBRARY.VERSION, false);
        return record;
    }

    /** "Perpustakaan ITB (ITB)": what a coordinator recognises in the audit trail. */
    private static String label(LibraryRecord record) {
        return record.getName() + " (" + record.getCode() + ")";
    }

    private static String staffLabel(StaffRecord record, String libraryName) {
        return record.getName() + " \u2014 " + libraryName;
    }

    private void saveStaff(DSLContext tx, long libraryId, String libraryName, List<StaffMember> staff) {
        Set<Long> kept = new HashSet<>();
        for (StaffMember person : staff) {
            if (person.id() != null) {
                kept.add(person.id());
            }
        }
        var obsolete = STAFF.LIBRARY_ID.eq(libraryId);
        if (!kept.isEmpty()) {
            obsolete = obsolete.and(STAFF.ID.notIn(kept));
        }
        for (StaffRecord gone : tx.selectFrom(STAFF).where(obsolete).fetch()) {
            audit.deleted(tx, gone, gone.getId(), staffLabel(gone, libraryName));
        }
        tx.deleteFrom(STAFF).where(obsolete).execute();
        for (StaffMember person : staff) {
            if (person.id() == null) {
                StaffRecord record = tx.newRecord(STAFF);
                fillStaff(record, libraryId, person);
                record.setVersion(0);
                record.store();
                audit.created(tx, tx.fetchSingle(STAFF, STAFF.ID.eq(record.getId())), record.getId(),
                        staffLabel(record, libraryName));
            } else {
                StaffRecord before = tx.fetchOne(STAFF, STAFF.ID.eq(person.id()).and(STAFF.LIBRARY_ID.eq(libraryId)));
                // The library's version already guards the whole member; bump each staff row it rewrites.
                tx.update(STAFF)
                        .set(STAFF.NAME, person.name())
                        .set(STAFF.POSITION, person.position())
                        .set(STAFF.EMAIL, person.email())
                        .set(STAFF.PHONE, person.phone())
                        .set(STAFF.FORUM_ROLE, person.role().name())
                        .set(STAFF.VERSION, STAFF.VERSION.plus(1))
                        .where(STAFF.ID.eq(person.id()).and(STAFF.LIBRARY_ID.eq(libraryId)))
                        .execute();
                if (before != null) {
                    StaffRecord after = tx.fetchSingle(STAFF, STAFF.ID.eq(person.id()));
                    audit.updated(tx, before, after, person.id(), staffLabel(after, libraryName));
                }
            }
        }
    }

    @Override
    public List<MemberReference> referencesTo(long libraryId) {
        return referenceFinder.referencesTo(libraryId);
    }

    @Override
    public void delete(long libraryId, int version) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            LibraryRecord before = tx.fetchOne(LIBRARY, LIBRARY.ID.eq(libraryId));
            var staffBefore = tx.selectFrom(STAFF).where(STAFF.LIBRARY_ID.eq(libraryId)).orderBy(STAFF.ID).fetch();
            int deleted = tx.deleteFrom(LIBRARY)
                    .where(LIBRARY.ID.eq(libraryId).and(LIBRARY.VERSION.eq(version)))
                    .execute();
            if (deleted == 0 && tx.fetchExists(LIBRARY, LIBRARY.ID.eq(libraryId))) {
                throw new StaleRecordException(tx.select(LIBRARY.CODE).from(LIBRARY)
                        .where(LIBRARY.ID.eq(libraryId)).fetchOne(LIBRARY.CODE));
            }
            if (deleted == 1) {
                audit.deleted(tx, before, libraryId, label(before));
                // the staff rows go with the library (ON DELETE CASCADE); the trail keeps who they were
                for (StaffRecord gone : staffBefore) {
                    audit.deleted(tx, gone, gone.getId(), staffLabel(gone, before.getName()));
                }
            }
        });
    }

    private static Member loadMember(DSLContext context, LibraryRecord record) {
        List<StaffMember> staff = context.selectFrom(STAFF)
                .where(STAFF.LIBRARY_ID.eq(record.getId()))
                .orderBy(STAFF.ID)
                .fetch(JooqMemberRepository::toStaff);
        return new Member(toLibrary(record), staff);
    }

    private static void fill(LibraryRecord record, Library library) {
        record.setCode(library.code());
        record.setName(library.name());
        record.setInstitution(library.institution());
        record.setKind(library.kind().name());
        record.setAddress(library.address());
        record.setCity(library.city());
        record.setProvince(library.province());
        record.setPhone(library.phone());
        record.setEmail(library.email());
        record.setWebsite(library.website());
        record.setJoinedOn(library.joinedOn());
        record.setStatus(library.status().name());
        record.setDuesClass(library.duesClass());
        record.setYearlyDues(library.yearlyDues().rupiah());
        record.setCollectionTitles(library.collectionTitles());
        record.setNotes(library.notes());
        // Stored as NULLs when unset, so "no address" reads the same whether typed empty or never entered.
        CatalogueAddress catalogue = library.catalogue();
        record.setCatalogueUrl(catalogue.url().isEmpty() ? null : catalogue.url());
        record.setCatalogueKind(catalogue.kind() == null ? null : catalogue.kind().name());
    }

    private static void fillStaff(StaffRecord record, long libraryId, StaffMember person) {
        record.setLibraryId(libraryId);
        record.setName(person.name());
        record.setPosition(person.position());
        record.setEmail(person.email());
        record.setPhone(person.phone());
        record.setForumRole(person.role().name());
    }

    static Library toLibrary(LibraryRecord r) {
        return new Library(r.getId(), r.getVersion(), r.getCode(), r.getName(), r.getInstitution(),
                LibraryKind.valueOf(r.getKind()), r.getAddress(), r.getCity(), r.getProvince(), r.getPhone(),
                r.getEmail(), r.getWebsite(), r.getJoinedOn(), MemberStatus.valueOf(r.getStatus()), r.getDuesClass(),
                Money.of(r.getYearlyDues()), r.getCollectionTitles(), r.getNotes(), catalogueOf(r));
    }

    private static CatalogueAddress catalogueOf(LibraryRecord r) {
        String kind = r.getCatalogueKind();
        return new CatalogueAddress(r.getCatalogueUrl(),
                kind == null || kind.isBlank() ? null : CatalogueServerKind.valueOf(kind));
    }

    private static StaffMember toStaff(StaffRecord r) {
        return new StaffMember(r.getId(), r.getVersion(), r.getName(), r.getPosition(), r.getEmail(), r.getPhone(),
                ForumRole.valueOf(r.getForumRole()));
    }

}
