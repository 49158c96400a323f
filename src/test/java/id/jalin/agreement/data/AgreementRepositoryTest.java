package id.jalin.agreement.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementKind;
import id.jalin.agreement.domain.AgreementNumber;
import id.jalin.agreement.domain.Agreements;
import id.jalin.agreement.domain.Attachment;
import id.jalin.agreement.domain.CooperationForm;
import id.jalin.agreement.domain.Fulfilment;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.domain.Recurrence;
import id.jalin.agreement.domain.Renewal;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.DeleteOutcome;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.StaffMember;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditRows;
import id.jalin.kernel.audit.FieldChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Agreement storage, once against H2 and once against a real PostgreSQL server. */
@ParameterizedClass
@EnumSource(Kind.class)
class AgreementRepositoryTest {
    @Parameter
    Kind kind;

    private Database database;
    private JooqAgreementRepository repository;
    private long unpadId;
    private long itbId;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqAgreementRepository(database.dsl(),
                new id.jalin.member.domain.MemberService(new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR)::namesOf, id.jalin.kernel.audit.TestAudit.TRAIL);
        var members = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        unpadId = members.save(Member.of(id.jalin.member.domain.Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")))
                .library().id();
        itbId = members.save(new Member(id.jalin.member.domain.Libraries.library("ITB", "Perpustakaan Pusat ITB"),
                List.<StaffMember>of())).library().id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Agreement pks() {
        Agreement base = Agreements.pks(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        return Agreements.withRenewal(Agreements.withParties(base, List.of(
                        Party.member(unpadId, "", "Dr. Siti Rahmawati", "Kepala Perpustakaan", "Jatinangor"),
                        Party.member(itbId, "", "Ir. Bambang Setiadi", "Kepala UPT Perpustakaan", "Bandung"),
                        Agreements.bank())), Renewal.automatic(12, 60), null)
                .withObligations(List.of(new Obligation(null, 3, "Menyelenggarakan 2 kegiatan per tahun",
                        "Hold 2 events a year", Recurrence.YEARLY, LocalDate.of(2026, 6, 30), List.of())));
    }

    @Test
    void agreementComesBackWholeWithMemberNamesFromTheRegister() {
        Agreement saved = repository.save(pks());

        Agreement loaded = repository.find(saved.id()).orElseThrow();
        assertThat(loaded.parties()).extracting(Party::name).containsExactly(
                "Perpustakaan Universitas Padjadjaran", "Perpustakaan Pusat ITB", "Bank Indonesia Jawa Barat");
        assertThat(loaded.parties().get(2).isMember()).isFalse();
        assertThat(loaded.forms()).containsExactly(CooperationForm.EXCHANGE_REDISTRIBUTION);
        assertThat(loaded.renewal()).isEqualTo(Renewal.automatic(12, 60));
        assertThat(loaded.articles()).hasSize(1);
        assertThat(loaded.obligations()).singleElement().satisfies(o -> assertThat(o.recurrence()).isEqualTo(Recurrence.YEARLY));
        assertThat(repository.findAll()).hasSize(1);
    }

    @Test
    void fulfilmentLogSurvivesEditingTheAgreement() {
        Agreement saved = repository.save(pks());
        long obligationId = saved.obligations().get(0).id();
        repository.recordFulfilment(obligationId, new Fulfilment(null, LocalDate.of(2026, 6, 20), "Seminar literasi",
                "Rina", LocalDateTime.of(2026, 6, 21, 10, 0)));

        Agreement reloaded = repository.find(saved.id()).orElseThrow();
        repository.save(Agreements.withNumber(reloaded, new AgreementNumber("099/PKS/FPPTI-JABAR/I/2026", 2026, 99)));

        Agreement edited = repository.find(saved.id()).orElseThrow();
        assertThat(edited.number().text()).isEqualTo("099/PKS/FPPTI-JABAR/I/2026");
        assertThat(edited.obligations().get(0).fulfilments()).singleElement()
                .satisfies(f -> assertThat(f.note()).isEqualTo("Seminar literasi"));
    }

    @Test
    void savesTerminationFulfilmentsAndDeletionAreAudited() {
        Agreement saved = repository.save(pks());
        long obligationId = saved.obligations().get(0).id();
        repository.recordFulfilment(obligationId, new Fulfilment(null, LocalDate.of(2026, 6, 20), "Seminar literasi",
                "Rina", LocalDateTime.of(2026, 6, 21, 10, 0)));
        Agreement reloaded = repository.find(saved.id()).orElseThrow();
        Agreement terminated = repository.save(reloaded.withTermination(
                new id.jalin.agreement.domain.Termination(LocalDate.of(2026, 9, 1), "Kesepakatan para pihak")));
        repository.delete(terminated.id(), terminated.version());

        String label = saved.number().text() + " " + saved.titleId();
        List<AuditLogEntry> rows = AuditRows.of(database.dsl(), "agreement", saved.id());
        assertThat(rows).extracting(AuditLogEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.STATE_CHANGE, AuditAction.DELETE);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.recordLabel()).isEqualTo(label);
            assertThat(row.userLogin()).isEqualTo(TestActors.COORDINATOR.loginName());
        });
        assertThat(rows.get(1).changes()).contains(new FieldChange("terminated_on", null, "2026-09-01"),
                new FieldChange("termination_reason", null, "Kesepakatan para pihak"));
        // re-saving untouched parties and articles leaves no row for them; the first save and the delete do
        var all = AuditRows.all(database.dsl());
        assertThat(all).filteredOn(row -> row.table().equals("agreement_party")).extracting(AuditLogEntry::action)
                .containsExactly(AuditAction.CREATE, AuditAction.CREATE, AuditAction.CREATE,
                        AuditAction.DELETE, AuditAction.DELETE, AuditAction.DELETE);
        assertThat(all).filteredOn(row -> row.table().equals("obligation_fulfilment"))
                .extracting(AuditLogEntry::action).containsExactly(AuditAction.CREATE, AuditAction.DELETE);
        AuditLogEntry fulfilment = all.stream().filter(row -> row.table().equals("obligation_fulfilment"))
                .findFirst().orElseThrow();
        assertThat(AuditRows.change(fulfilment, "note")).isEqualTo(new FieldChange("note", null, "Seminar literasi"));
        assertThat(fulfilment.recordLabel()).startsWith(saved.number().text());
    }

    @Test
    void savingAnOutdatedCopyIsRefused() {
        Agreement saved = repository.save(pks());
        repository.save(saved);

        assertThatThrownBy(() -> repository.save(saved)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void sequencesAreCountedPerKindAndYear() {
        repository.save(Agreements.withNumber(pks(), new AgreementNumber("004/PKS/FPPTI-JABAR/III/2026", 2026, 4)));

        assertThat(repository.highestSequence(AgreementKind.PKS, 2026)).isEqualTo(4);
        assertThat(repository.highestSequence(AgreementKind.PKS, 2027)).isZero();
        assertThat(repository.highestSequence(AgreementKind.MOU, 2026)).isZero();
        assertThat(repository.numberTaken("004/PKS/FPPTI-JABAR/III/2026", null)).isTrue();
    }

    @Test
    void scannedCopyIsStoredInTheDatabase() {
        Agreement saved = repository.save(pks());
        byte[] scan = "%PDF-1.7 signed copy".getBytes();

        repository.saveAttachment(saved.id(), new Attachment("pks-ttd.pdf", "application/pdf", scan,
                LocalDateTime.of(2026, 1, 5, 8, 0)));

        assertThat(repository.attachment(saved.id())).hasValueSatisfying(a -> {
            assertThat(a.content()).isEqualTo(scan);
            assertThat(a.fileName()).isEqualTo("pks-ttd.pdf");
        });
    }

    @Test
    void clauseLibraryShipsAStartingSetInBothLanguages() {
        assertThat(repository.clauseLibrary()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(c -> assertThat(c.textEn()).isNotBlank())
                .anySatisfy(c -> assertThat(c.form()).isEqualTo(CooperationForm.INTERLIBRARY_LOAN));
    }

    @Test
    void memberThatIsAPartyCannotBeDeleted() {
        repository.save(pks());
        var members = new MemberService(new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR);

        DeleteOutcome outcome = members.delete(members.memberByCode("ITB").orElseThrow().library());

        assertThat(outcome).isInstanceOfSatisfying(DeleteOutcome.Refused.class, refused ->
                assertThat(refused.references()).singleElement()
                        .satisfies(r -> assertThat(r.table()).isEqualTo("agreement_party")));
    }
}
