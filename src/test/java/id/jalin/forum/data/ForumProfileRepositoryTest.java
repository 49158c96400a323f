package id.jalin.forum.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.Signatory;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The forum's profile row, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class ForumProfileRepositoryTest {
    @Parameter
    Kind kind;

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private Database database;
    private JooqForumProfileRepository repository;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqForumProfileRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savedProfileIsReadBackWithTheNextVersion() {
        ForumProfile named = repository.load().named("Forum Perpustakaan Kampus Priangan", "FPKP", "Jl. Merdeka 1");

        ForumProfile saved = repository.save(named);

        assertThat(saved.version()).isEqualTo(named.version() + 1);
        assertThat(repository.load().name()).isEqualTo("Forum Perpustakaan Kampus Priangan");
        assertThat(repository.load().code()).isEqualTo("FPKP");
        assertThat(repository.load().address()).isEqualTo("Jl. Merdeka 1");
    }

    @Test
    void theSignatoryAndTheScannedSignatureAreKeptAndCanBeTakenAway() {
        byte[] scan = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        ForumProfile signed = repository.load().named("Forum Perpustakaan Kampus Priangan", "FPKP", "")
                .signedBy(new Signatory("Dr. Siti Rahmawati, M.Hum.", "Ketua", scan));

        repository.save(signed);

        ForumProfile read = repository.load();
        assertThat(read.signatoryName()).isEqualTo("Dr. Siti Rahmawati, M.Hum.");
        assertThat(read.signatoryPosition()).isEqualTo("Ketua");
        assertThat(read.signature()).containsExactly(scan);

        repository.save(read.signedBy(new Signatory("Dr. Siti Rahmawati, M.Hum.", "Ketua", null)));
        assertThat(repository.load().signature()).isEmpty();
        assertThat(repository.load().signatory().hasImage()).isFalse();
    }

    @Test
    void aSavedProfileLeavesOneAuditRowAndAStaleSaveNone() {
        ForumProfile read = repository.load();
        repository.save(read.named("Forum Perpustakaan Kampus Priangan", "FPKP", "Jl. Merdeka 1"));
        assertThatThrownBy(() -> repository.save(read.named("Forum B", "", "")))
                .isInstanceOf(StaleRecordException.class);

        var rows = id.jalin.kernel.audit.AuditRows.of(database.dsl(), "forum_profile", 1);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(id.jalin.kernel.audit.AuditAction.UPDATE);
            assertThat(row.feature()).isEqualTo("forum");
            assertThat(row.recordLabel()).isEqualTo("Forum Perpustakaan Kampus Priangan");
            assertThat(row.userLogin()).isEqualTo(id.jalin.kernel.access.TestActors.COORDINATOR.loginName());
            assertThat(id.jalin.kernel.audit.AuditRows.change(row, "code"))
                    .isEqualTo(new id.jalin.kernel.audit.FieldChange("code", null, "FPKP"));
        });
    }

    @Test
    void profileSavedByAnotherWorkstationMeanwhileIsNotOverwritten() {
        ForumProfile read = repository.load();
        repository.save(read.named("Forum A", "", ""));

        assertThatThrownBy(() -> repository.save(read.named("Forum B", "", "")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(repository.load().name()).isEqualTo("Forum A");
    }
}
