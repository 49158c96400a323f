package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.forum.data.JooqForumSettingsRepository;
import id.jalin.forum.data.RecordingAuditTrail;
import id.jalin.forum.domain.ForumSettings;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.time.MonthDay;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first start after the upgrade moves a workstation's own card fee and year end into the database, once. */
class CardRulesCarryOverTest {
    private final Database database = TestDatabases.h2();
    private final Preferences node = Preferences.userRoot().node("jalin-test/" + UUID.randomUUID());
    private final Settings settings = new Settings(node);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final ForumSettingsService forum = new ForumSettingsService(
            new JooqForumSettingsRepository(database.dsl(), audit), new Permissions(TestActors.AS_COORDINATOR));

    @AfterEach
    void close() throws Exception {
        database.close();
        node.removeNode();
    }

    @Test
    void aWorkstationsOwnFeeAndYearEndReachTheUntouchedDatabaseAndLeaveThePreferences() {
        settings.put(Setting.OLD_CARD_FEE, "30000");
        settings.put(Setting.OLD_CARD_YEAR_END, "06-30");

        new CardRulesCarryOver(settings, forum).run();

        assertThat(forum.settings()).isEqualTo(new ForumSettings(1, Money.of(30_000), MonthDay.of(6, 30)));
        assertThat(node.get(Setting.OLD_CARD_FEE.key(), null)).isNull();
        assertThat(node.get(Setting.OLD_CARD_YEAR_END.key(), null)).isNull();
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void itHappensOnceALaterStartFindsNothingToCarry() {
        settings.put(Setting.OLD_CARD_FEE, "30000");
        new CardRulesCarryOver(settings, forum).run();
        forum.save(forum.settings().with(Money.of(27_500), MonthDay.of(8, 31)));

        assertThat(new CardRulesCarryOver(settings, forum).run()).isEmpty();
        assertThat(forum.settings().cardFee()).isEqualTo(Money.of(27_500));
    }

    @Test
    void aForumWhoseCoordinatorAlreadySetTheRulesKeepsThemAndTheWorkstationForgetsItsOwn() {
        forum.save(forum.settings().with(Money.of(20_000), MonthDay.of(7, 31)));
        settings.put(Setting.OLD_CARD_FEE, "30000");

        assertThat(new CardRulesCarryOver(settings, forum).run()).isEmpty();

        assertThat(forum.settings().cardFee()).isEqualTo(Money.of(20_000));
        assertThat(node.get(Setting.OLD_CARD_FEE.key(), null)).isNull();
    }

    @Test
    void aWorkstationThatNeverChangedTheDefaultsChangesNothing() {
        assertThat(new CardRulesCarryOver(settings, forum).run()).isEmpty();
        assertThat(forum.settings()).isEqualTo(ForumSettings.defaults());
        assertThat(audit.entries()).isEmpty();
    }
}
