package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A database already asked about is not offered the demo again, whatever options its URL carried then. */
class DemoDataOfferTest {
    private final Preferences node = Preferences.userRoot().node("jalin-test/" + UUID.randomUUID());
    private final Settings settings = new Settings(node);
    private final DemoDataOffer offer = new DemoDataOffer(settings, new Messages(Language.INDONESIAN));
    private final ConnectionSettings here = ConnectionSettings.embedded(Path.of("/data/jalin"));

    @AfterEach
    void close() throws Exception {
        node.removeNode();
    }

    @Test
    void anEmptyDatabaseNotAskedAboutIsOffered() {
        assertThat(offer.shouldOffer(here, true)).isTrue();
        assertThat(offer.shouldOffer(here, false)).isFalse();
    }

    @Test
    void aDatabaseAskedAboutUnderAnEarlierUrlIsNotOfferedAgain() {
        settings.put(Setting.DEMO_DATA_OFFERED, "jdbc:h2:file:/elsewhere/jalin;DATABASE_TO_LOWER=TRUE\n"
                + "jdbc:h2:file:" + Path.of("/data/jalin").toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");

        assertThat(offer.shouldOffer(here, true)).isFalse();
        assertThat(offer.shouldOffer(ConnectionSettings.embedded(Path.of("/data/other")), true)).isTrue();
    }

    @Test
    void aServerIsKnownByItsAddressNotItsOptions() {
        ConnectionSettings server = ConnectionSettings.postgres("db.forum", 5432, "jalin", "rina", "secret");
        settings.put(Setting.DEMO_DATA_OFFERED, "jdbc:postgresql://db.forum:5432/jalin?connectTimeout=5");

        assertThat(offer.shouldOffer(server, true)).isFalse();
    }
}
