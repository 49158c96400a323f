package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.InMemoryPasswordVault;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class ConnectionSettingsViewModelTest {
    private final Settings settings = new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID()));
    private final InMemoryPasswordVault keyring = InMemoryPasswordVault.keyring();
    private final ConnectionPreferences preferences = new ConnectionPreferences(settings, Path.of("/tmp/jalin-test/jalin"),
            keyring);
    private final Messages messages = new Messages(Language.ENGLISH);

    private ConnectionSettingsViewModel model() {
        return new ConnectionSettingsViewModel(preferences, new CurrentThreadTaskExecutor(), messages,
                ConnectionSettings.embedded(Path.of("/tmp/jalin-test/jalin")));
    }

    @Test
    void testConnectionReportsTheServerVersion() {
        ConnectionSettings server = TestDatabases.newPostgresSettings();
        var model = model();
        model.mode.set(DatabaseMode.SHARED_POSTGRES);
        model.host.set(server.host());
        model.port.set(String.valueOf(server.port()));
        model.database.set(server.database());
        model.user.set(server.user());
        model.password.set(server.password());

        model.testConnection();

        assertThat(model.testFailed.get()).isFalse();
        assertThat(model.testResult.get()).startsWith("Connected: PostgreSQL ");
    }

    @Test
    void testConnectionSaysWhyItFailed() {
        var model = model();
        model.mode.set(DatabaseMode.SHARED_POSTGRES);
        model.host.set("127.0.0.1");
        model.port.set("1");
        model.database.set("jalin");
        model.user.set("jalin");

        model.testConnection();

        assertThat(model.testFailed.get()).isTrue();
        assertThat(model.testResult.get()).startsWith("The server cannot be reached.");
    }

    @Test
    void aRefusedConnectionIsToldInIndonesianWithTheDriversEnglishOnlyUnderDetails() {
        var model = new ConnectionSettingsViewModel(preferences, new CurrentThreadTaskExecutor(),
                new Messages(Language.INDONESIAN), ConnectionSettings.embedded(Path.of("/tmp/jalin-test/jalin")));
        model.mode.set(DatabaseMode.SHARED_POSTGRES);
        model.host.set("127.0.0.1");
        model.port.set("1");
        model.database.set("jalin");
        model.user.set("jalin");

        model.testConnection();

        assertThat(model.testResult.get())
                .isEqualTo("Server tidak dapat dihubungi. Periksa nama server, port, dan jaringan.")
                .doesNotContainIgnoringCase("connection").doesNotContainIgnoringCase("refused");
        assertThat(model.testDetails.get()).contains("Connection refused");
    }

    @Test
    void aPortThatIsNotANumberIsRefusedBeforeConnecting() {
        var model = model();
        model.mode.set(DatabaseMode.SHARED_POSTGRES);
        model.port.set("lima");

        assertThat(model.save(() -> { })).isFalse();
        assertThat(model.testResult.get()).isEqualTo(messages.get("settings.error.port"));
    }

    @Test
    void passwordIsKeptInTheKeyringOnlyWhenTheUserAsksForItAndTheDialogSaysWhere() {
        var model = model();
        model.mode.set(DatabaseMode.SHARED_POSTGRES);
        model.host.set("db.forum.local");
        model.port.set("5432");
        model.database.set("jalin");
        model.user.set("koordinator");
        model.password.set("rahasia");
        model.rememberPassword.set(false);
        assertThat(model.canRemember.get()).isTrue();
        assertThat(model.passwordKeeping.get()).isEqualTo("A remembered password is kept in the desktop keyring"
                + " (Secret Service, e.g. GNOME Keyring), never as plain text in the preferences.");
        AtomicInteger saved = new AtomicInteger();

        assertThat(model.save(saved::incrementAndGet)).isTrue();
        assertThat(saved).hasValue(1);
        assertThat(preferences.load().mode()).isEqualTo(DatabaseMode.SHARED_POSTGRES);
        assertThat(preferences.load().host()).isEqualTo("db.forum.local");
        assertThat(keyring.entries()).isEmpty();

        model.rememberPassword.set(true);
        model.save(saved::incrementAndGet);
        assertThat(keyring.entries()).containsEntry("koordinator@db.forum.local:5432/jalin", "rahasia");
        assertThat(preferences.load().password()).isEmpty();
    }

    @Test
    void onAComputerWithoutAKeyringRememberingIsOffAndTheDialogSaysThePasswordIsAskedAtStart() {
        ConnectionPreferences withoutKeyring = new ConnectionPreferences(settings, Path.of("/tmp/jalin-test/jalin"),
                InMemoryPasswordVault.none());
        settings.putBoolean(id.jalin.kernel.settings.Setting.PG_REMEMBER_PASSWORD, true);

        var model = new ConnectionSettingsViewModel(withoutKeyring, new CurrentThreadTaskExecutor(),
                new Messages(Language.INDONESIAN), ConnectionSettings.embedded(Path.of("/tmp/jalin-test/jalin")));

        assertThat(model.canRemember.get()).isFalse();
        assertThat(model.rememberPassword.get()).isFalse();
        assertThat(model.passwordKeeping.get()).startsWith("Komputer ini tidak punya gantungan kunci");
    }
}
