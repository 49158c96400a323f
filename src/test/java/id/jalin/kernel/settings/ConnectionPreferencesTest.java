package id.jalin.kernel.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.settings.ConnectionPreferences.OldPassword;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server password lives in the keyring or nowhere: never in the preferences. */
class ConnectionPreferencesTest {
    private static final ConnectionSettings SERVER = ConnectionSettings.postgres("db.forum.local", 5432, "jalin",
            "koordinator", "rahasia");
    private final Preferences root = Preferences.userRoot().node("jalin-test/" + UUID.randomUUID());
    private final Settings settings = new Settings(root);

    @AfterEach
    void removeNode() throws Exception {
        root.removeNode();
    }

    private ConnectionPreferences over(PasswordVault vault) {
        return new ConnectionPreferences(settings, Path.of("/tmp/jalin-test/jalin"), vault);
    }

    /** Every value the preferences hold, in both nodes: the password must be none of them. */
    private String everythingStored() throws Exception {
        StringBuilder all = new StringBuilder();
        for (Preferences node : new Preferences[] {root, root.node("connection")}) {
            Arrays.stream(node.keys()).forEach(key -> all.append(key).append('=').append(node.get(key, "")).append('\n'));
        }
        return all.toString();
    }

    @Test
    void aRememberedPasswordGoesToTheKeyringAndNotIntoThePreferences() throws Exception {
        InMemoryPasswordVault keyring = InMemoryPasswordVault.keyring();
        ConnectionPreferences preferences = over(keyring);

        assertThat(preferences.save(SERVER, true)).isTrue();

        assertThat(keyring.entries()).containsEntry("koordinator@db.forum.local:5432/jalin", "rahasia");
        assertThat(preferences.rememberedPassword(preferences.load())).contains("rahasia");
        assertThat(preferences.load().password()).isEmpty();
        assertThat(everythingStored()).doesNotContain("rahasia");
    }

    @Test
    void notRememberingAnyMoreRemovesItFromTheKeyring() {
        InMemoryPasswordVault keyring = InMemoryPasswordVault.keyring();
        ConnectionPreferences preferences = over(keyring);
        preferences.save(SERVER, true);

        assertThat(preferences.save(SERVER, false)).isFalse();

        assertThat(keyring.entries()).isEmpty();
        assertThat(preferences.rememberedPassword(preferences.load())).isEmpty();
    }

    @Test
    void withoutAKeyringNothingIsRememberedAndThePasswordIsAskedAtStart() throws Exception {
        ConnectionPreferences preferences = over(InMemoryPasswordVault.none());

        assertThat(preferences.save(SERVER, true)).isFalse();

        assertThat(preferences.rememberPassword()).isFalse();
        assertThat(preferences.rememberedPassword(preferences.load())).isEmpty();
        assertThat(everythingStored()).doesNotContain("rahasia");
    }

    @Test
    void aPlainTextPasswordFromAnOlderVersionMovesIntoTheKeyring() throws Exception {
        settings.put(Setting.PG_HOST, "db.forum.local");
        settings.put(Setting.PG_USER, "koordinator");
        settings.putBoolean(Setting.PG_REMEMBER_PASSWORD, true);
        settings.put(Setting.OLD_PG_PASSWORD, "rahasia");
        InMemoryPasswordVault keyring = InMemoryPasswordVault.keyring();
        ConnectionPreferences preferences = over(keyring);

        assertThat(preferences.moveOldPassword()).isEqualTo(OldPassword.MOVED_TO_KEYRING);

        assertThat(everythingStored()).doesNotContain("rahasia");
        assertThat(preferences.rememberedPassword(preferences.server())).contains("rahasia");
        assertThat(keyring.entries()).containsOnlyKeys("koordinator@db.forum.local:5432/jalin");
        assertThat(preferences.moveOldPassword()).isEqualTo(OldPassword.NONE);
    }

    @Test
    void aPlainTextPasswordFromAnOlderVersionIsDeletedWhereThereIsNoKeyring() throws Exception {
        settings.putBoolean(Setting.PG_REMEMBER_PASSWORD, true);
        settings.put(Setting.OLD_PG_PASSWORD, "rahasia");
        ConnectionPreferences preferences = over(InMemoryPasswordVault.none());

        assertThat(preferences.moveOldPassword()).isEqualTo(OldPassword.DELETED);

        assertThat(everythingStored()).doesNotContain("rahasia");
        assertThat(preferences.rememberPassword()).isFalse();
    }
}
