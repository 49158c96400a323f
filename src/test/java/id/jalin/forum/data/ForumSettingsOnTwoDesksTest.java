package id.jalin.forum.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.forum.domain.ForumSettings;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import java.nio.file.Path;
import java.time.MonthDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Settings read from the database on two connections: two desks, each with its own {@link Database} (its own pool)
 * opened through the app's open path over the same embedded file or the same server database. What one desk saves,
 * the other reads at once, and neither overwrites the other unseen.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class ForumSettingsOnTwoDesksTest {
    @Parameter
    Kind kind;

    @TempDir
    Path folder;

    private Database first;
    private Database second;

    @BeforeEach
    void openTwoDesks() {
        ConnectionSettings where = kind == Kind.H2 ? ConnectionSettings.embedded(folder.resolve("jalin"))
                : TestDatabases.newPostgresSettings();
        first = Database.open(where);
        second = Database.open(where);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    private static ForumSettingsService desk(Database database) {
        return new ForumSettingsService(new JooqForumSettingsRepository(database.dsl(), new RecordingAuditTrail()),
                new Permissions(TestActors.AS_COORDINATOR));
    }

    @Test
    void whatOneDeskSavesTheOtherReads() {
        ForumSettingsService coordinatorsDesk = desk(first);
        ForumSettingsService secretariesDesk = desk(second);
        assertThat(secretariesDesk.settings()).isEqualTo(ForumSettings.defaults());

        coordinatorsDesk.save(coordinatorsDesk.settings().with(Money.of(30_000), MonthDay.of(6, 30)));

        assertThat(secretariesDesk.settings()).isEqualTo(new ForumSettings(1, Money.of(30_000), MonthDay.of(6, 30)));
    }

    @Test
    void aDeskSavingOverSettingsItReadBeforeTheOtherDesksChangeIsToldItIsStale() {
        ForumSettingsService one = desk(first);
        ForumSettingsService other = desk(second);
        ForumSettings readHere = one.settings();
        other.save(other.settings().with(Money.of(40_000), MonthDay.of(8, 31)));

        SaveResult<ForumSettings> outcome = one.save(readHere.with(Money.of(20_000), MonthDay.of(8, 31)));

        assertThat(outcome).isInstanceOf(SaveResult.Stale.class);
        assertThat(one.settings().cardFee()).isEqualTo(Money.of(40_000));
    }
}
