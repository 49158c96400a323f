package id.jalin.member.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditRows;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.DeleteOutcome;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.StaffMember;
import java.time.LocalDate;
import java.util.List;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The member register's storage, run once against H2 and once against a real PostgreSQL server. */
@ParameterizedClass
@EnumSource(Kind.class)
class MemberRepositoryTest {
    @Parameter
    Kind kind;

    private Database database;

    private JooqMemberRepository repository() {
        if (database == null) {
            database = TestDatabases.fresh(kind);
        }
        return new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    static Library library(String code, String name) {
        return new Library(null, 0, code, name, "Yayasan " + name, LibraryKind.UNIVERSITY, "Jl. Dipati Ukur 35",
                "Bandung", "Jawa Barat", "(022) 2503271", "perpus@" + code.toLowerCase() + ".ac.id",
                "https://lib." + code.toLowerCase() + ".ac.id", LocalDate.of(2012, 3, 1), MemberStatus.ACTIVE, "A",
                Money.of(2_500_000), 85_000, "");
    }

    @Test
    void savedMemberComesBackWithItsStaff() {
        var repo = repository();
        Member saved = repo.save(new Member(library("UNPAD", "Perpustakaan Universitas Padjadjaran"), List.of(
                StaffMember.newStaff("Siti Rahmawati", "Kepala Perpustakaan", "siti@unpad.ac.id", "0812-2233-4455",
                        ForumRole.CONTACT_PERSON),
                StaffMember.newStaff("Dedi Kurniawan", "Pustakawan", "", "", ForumRole.NONE))));

        Member loaded = repo.findMember(saved.library().id()).orElseThrow();
        assertThat(loaded.library().code()).isEqualTo("UNPAD");
        assertThat(loaded.library().yearlyDues()).isEqualTo(Money.of(2_500_000));
        assertThat(loaded.library().joinedOn()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(loaded.staff()).extracting(StaffMember::name).containsExactly("Siti Rahmawati", "Dedi Kurniawan");
        assertThat(repo.findAllLibraries()).hasSize(1);
    }

    @Test
    void editingStaffUpdatesKeepsAndRemovesRows() {
        var repo = repository();
        Member saved = repo.save(new Member(library("ITB", "Perpustakaan ITB"), List.of(
                StaffMember.newStaff("A", "", "", "", ForumRole.NONE),
                StaffMember.newStaff("B", "", "", "", ForumRole.NONE))));
        StaffMember first = saved.staff().get(0);
        Member edited = new Member(saved.library(), List.of(
                new StaffMember(first.id(), first.version(), "A renamed", "Kepala", "", "", ForumRole.COORDINATOR),
                StaffMember.newStaff("C", "", "", "", ForumRole.NONE)));

        Member again = repo.save(edited);

        assertThat(again.staff()).extracting(StaffMember::name).containsExactly("A renamed", "C");
        assertThat(again.staff().get(0).id()).isEqualTo(first.id());
        assertThat(again.staff().get(0).version()).isEqualTo(first.version() + 1);
        assertThat(again.library().version()).isEqualTo(saved.library().version() + 1);
    }

    @Test
    void everyWriteLeavesAnAuditRowWithWhoTheLabelAndTheChangedFields() {
        var repo = repository();
        Member saved = repo.save(new Member(library("ITB", "Perpustakaan ITB"), List.of(
                StaffMember.newStaff("Ani", "", "", "", ForumRole.NONE))));
        Library l = saved.library();
        Library moved = new Library(l.id(), l.version(), l.code(), l.name(), l.institution(), l.kind(), l.address(),
                "Jatinangor", l.province(), l.phone(), l.email(), l.website(), l.joinedOn(), l.status(),
                l.duesClass(), Money.of(3_000_000), l.collectionTitles(), l.notes());
        Member again = repo.save(new Member(moved, saved.staff()));
        new MemberService(repo, TestPermissions.AS_COORDINATOR).delete(again.library());

        List<AuditLogEntry> rows = AuditRows.of(database.dsl(), "library", l.id());
        assertThat(rows).extracting(AuditLogEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.userLogin()).isEqualTo(TestActors.COORDINATOR.loginName());
            assertThat(row.userName()).isEqualTo(TestActors.COORDINATOR.displayName());
            assertThat(row.feature()).isEqualTo("member");
            assertThat(row.recordLabel()).isEqualTo("Perpustakaan ITB (ITB)");
        });
        assertThat(AuditRows.change(rows.get(0), "code")).isEqualTo(new FieldChange("code", null, "ITB"));
        assertThat(rows.get(1).changes()).containsExactly(new FieldChange("city", "Bandung", "Jatinangor"),
                new FieldChange("yearly_dues", "2500000", "3000000"));
        assertThat(AuditRows.change(rows.get(2), "joined_on")).isEqualTo(new FieldChange("joined_on", "2012-03-01", null));
        // the staff member was untouched by the edit, then went with the library
        List<AuditLogEntry> staff = AuditRows.of(database.dsl(), "staff", saved.staff().get(0).id());
        assertThat(staff).extracting(AuditLogEntry::action).containsExactly(AuditAction.CREATE, AuditAction.DELETE);
        assertThat(staff.get(1).recordLabel()).isEqualTo("Ani \u2014 Perpustakaan ITB");
        assertThat(AuditRows.change(staff.get(1), "name")).isEqualTo(new FieldChange("name", "Ani", null));
    }

    @Test
    void aFailedImportLeavesNoAuditRowsAndACommittedOneARowPerMember() {
        var repo = repository();
        List<Member> clash = List.of(Member.of(library("ITB", "Perpustakaan ITB")),
                Member.of(library("ITB", "Perpustakaan ITB lagi")));
        assertThatThrownBy(() -> repo.saveAll(clash, Progress.NONE))
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThat(AuditRows.all(database.dsl())).isEmpty();

        repo.saveAll(List.of(Member.of(library("ITB", "Perpustakaan ITB")),
                Member.of(library("UNPAD", "Perpustakaan UNPAD"))), Progress.NONE);
        assertThat(AuditRows.all(database.dsl())).extracting(AuditLogEntry::recordLabel)
                .containsExactly("Perpustakaan ITB (ITB)", "Perpustakaan UNPAD (UNPAD)");
    }

    @Test
    void duplicateCodeIsRefusedByTheServiceAndNothingIsStored() {
        var service = new MemberService(repository(), TestPermissions.AS_COORDINATOR);
        service.save(Member.of(library("UPI", "Perpustakaan UPI")));

        SaveResult<Member> outcome = service.save(Member.of(library("upi", "Another")));

        assertThat(outcome).isInstanceOf(SaveResult.Invalid.class);
        assertThat(((SaveResult.Invalid) outcome).validation().errorFor("code")).isPresent();
        assertThat(service.libraries()).extracting(Library::name).containsExactly("Perpustakaan UPI");
    }

    @Test
    void savingOverSomeoneElsesChangeIsRefused() {
        var repo = repository();
        Member opened = repo.save(Member.of(library("UNISBA", "Perpustakaan Unisba")));
        Library theirs = opened.library();
        repo.save(Member.of(new Library(theirs.id(), theirs.version(), theirs.code(), "Changed by them",
                theirs.institution(), theirs.kind(), theirs.address(), theirs.city(), theirs.province(), theirs.phone(),
                theirs.email(), theirs.website(), theirs.joinedOn(), theirs.status(), theirs.duesClass(),
                theirs.yearlyDues(), theirs.collectionTitles(), theirs.notes())));

        assertThatThrownBy(() -> repo.save(opened)).isInstanceOf(StaleRecordException.class);
        assertThat(repo.findMember(theirs.id()).orElseThrow().library().name()).isEqualTo("Changed by them");
    }

    @Test
    void cancelledBatchStoresNothing() {
        var repo = repository();
        Progress cancelAfterTwo = new Progress() {
            long done;

            @Override
            public void update(long d, long total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        List<Member> batch = List.of(Member.of(library("A1", "A1")), Member.of(library("A2", "A2")),
                Member.of(library("A3", "A3")));

        assertThatThrownBy(() -> repo.saveAll(batch, cancelAfterTwo)).isInstanceOf(CancelledException.class);
        assertThat(repo.findAllLibraries()).isEmpty();
    }

    @Test
    void libraryReferredToByAnotherTableCannotBeDeleted() {
        var repo = repository();
        Member saved = repo.save(Member.of(library("UNPAR", "Perpustakaan Unpar")));
        // Stands in for a later feature's table (agreement parties, cards) that points at a member.
        database.dsl().createTable("visit_probe")
                .column("id", SQLDataType.BIGINT.notNull())
                .column("library_id", SQLDataType.BIGINT.notNull())
                .constraints(DSL.primaryKey("id"),
                        DSL.foreignKey("library_id").references("library", "id"))
                .execute();
        database.dsl().insertInto(DSL.table("visit_probe"), DSL.field("id"), DSL.field("library_id"))
                .values(1L, saved.library().id()).execute();

        DeleteOutcome outcome = new MemberService(repo, TestPermissions.AS_COORDINATOR).delete(saved.library());

        assertThat(outcome).isInstanceOfSatisfying(DeleteOutcome.Refused.class, refused ->
                assertThat(refused.references()).singleElement()
                        .satisfies(ref -> assertThat(ref.table()).isEqualTo("visit_probe"))
                        .satisfies(ref -> assertThat(ref.count()).isEqualTo(1)));
        assertThat(repo.findMember(saved.library().id())).isPresent();
    }

    @Test
    void unreferencedLibraryIsDeletedWithItsStaff() {
        var repo = repository();
        Member saved = repo.save(new Member(library("POLBAN", "Perpustakaan Polban"),
                List.of(StaffMember.newStaff("Rina", "", "", "", ForumRole.NONE))));

        DeleteOutcome outcome = new MemberService(repo, TestPermissions.AS_COORDINATOR).delete(saved.library());

        assertThat(outcome).isInstanceOf(DeleteOutcome.Deleted.class);
        assertThat(repo.findAllLibraries()).isEmpty();
    }

    @Test
    void modeIsReportedForTheKindOfDatabase() {
        repository();
        assertThat(database.mode()).isEqualTo(kind == Kind.H2 ? DatabaseMode.EMBEDDED_H2 : DatabaseMode.SHARED_POSTGRES);
    }

    @Test
    void catalogueAddressIsStoredReadBackAndItsChangeAudited() {
        var repo = repository();
        Member saved = repo.save(Member.of(library("UNPAD", "Perpustakaan Unpad")));
        assertThat(saved.library().catalogue()).isEqualTo(CatalogueAddress.NONE);

        CatalogueAddress koha = new CatalogueAddress("https://lib.unpad.ac.id/cgi-bin/koha/oai.pl",
                CatalogueServerKind.KOHA);
        Member withAddress = repo.save(Member.of(saved.library().withCatalogue(koha)));
        assertThat(repo.findMember(saved.library().id()).orElseThrow().library().catalogue()).isEqualTo(koha);
        assertThat(repo.findMemberByCode("UNPAD").orElseThrow().library().catalogue()).isEqualTo(koha);
        assertThat(repo.findAllLibraries()).singleElement().extracting(Library::catalogue).isEqualTo(koha);

        Member cleared = repo.save(Member.of(withAddress.library().withCatalogue(CatalogueAddress.NONE)));
        assertThat(cleared.library().catalogue()).isEqualTo(CatalogueAddress.NONE);

        List<AuditLogEntry> rows = AuditRows.of(database.dsl(), "library", saved.library().id());
        assertThat(rows.get(1).changes()).containsExactly(
                new FieldChange("catalogue_url", null, "https://lib.unpad.ac.id/cgi-bin/koha/oai.pl"),
                new FieldChange("catalogue_kind", null, "KOHA"));
        assertThat(rows.get(2).changes()).containsExactly(
                new FieldChange("catalogue_url", "https://lib.unpad.ac.id/cgi-bin/koha/oai.pl", null),
                new FieldChange("catalogue_kind", "KOHA", null));
    }
}
