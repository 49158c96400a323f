package id.jalin.forum.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumSettings;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditEntry;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.money.Money;
import java.time.MonthDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The forum's settings row and its audit entries, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class ForumSettingsRepositoryTest {
    @Parameter
    Kind kind;

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private Database database;
    private JooqForumSettingsRepository repository;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqForumSettingsRepository(database.dsl(), audit);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewDatabaseHoldsTheDefaultsThePreferencesHad() {
        assertThat(repository.load()).isEqualTo(ForumSettings.defaults());
        assertThat(repository.load().isUntouched()).isTrue();
    }

    @Test
    void savedSettingsAreReadBackWithTheNextVersionAndAuditedFieldByField() {
        ForumSettings saved = repository.save(repository.load().with(Money.of(30_000), MonthDay.of(8, 31)));

        assertThat(saved).isEqualTo(new ForumSettings(1, Money.of(30_000), MonthDay.of(8, 31)));
        assertThat(repository.load()).isEqualTo(saved);
        assertThat(audit.entries()).containsExactly(new AuditEntry("forum", "forum_settings", 1, "forum settings",
                AuditAction.UPDATE, java.util.List.of(new FieldChange("card_fee", "25000", "30000"))));
        // Handed the transaction's context, not the app's: the entry commits or rolls back with the change.
        assertThat(audit.transactions()).singleElement().isNotSameAs(database.dsl());
    }

    @Test
    void settingsSavedByAnotherDeskMeanwhileAreNotOverwrittenAndNothingIsAudited() {
        ForumSettings read = repository.load();
        repository.save(read.with(Money.of(40_000), read.academicYearEnd()));

        assertThatThrownBy(() -> repository.save(read.with(Money.of(20_000), MonthDay.of(6, 30))))
                .isInstanceOf(StaleRecordException.class);
        assertThat(repository.load().cardFee()).isEqualTo(Money.of(40_000));
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenTheChangeIsRolledBack() {
        AuditTrail broken = (transaction, entry) -> {
            throw new IllegalStateException("audit table unavailable");
        };
        JooqForumSettingsRepository withBrokenTrail = new JooqForumSettingsRepository(database.dsl(), broken);

        assertThatThrownBy(() -> withBrokenTrail.save(repository.load().with(Money.of(99_000), MonthDay.of(1, 31))))
                .hasMessageContaining("audit table unavailable");
        assertThat(repository.load()).isEqualTo(ForumSettings.defaults());
    }

    @Test
    void aProfileChangeIsAuditedWithTheFieldsThatChanged() {
        JooqForumProfileRepository profiles = new JooqForumProfileRepository(database.dsl(), audit);

        ForumProfile before = profiles.load();
        profiles.save(new ForumProfile(before.version(), "Forum Priangan", "FPKP", before.address(), before.city(),
                before.phone(), before.email(), before.website(), new byte[] {1, 2, 3}, 60));

        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.table()).isEqualTo("forum_profile");
            assertThat(entry.recordLabel()).isEqualTo("Forum Priangan");
            assertThat(entry.changes()).containsExactly(new FieldChange("name", null, "Forum Priangan"),
                    new FieldChange("code", null, "FPKP"), new FieldChange("logo", null, "(3 bytes)"),
                    new FieldChange("expiry_warning_days", "90", "60"));
        });
    }
}
