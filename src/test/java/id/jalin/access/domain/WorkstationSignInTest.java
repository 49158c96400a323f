package id.jalin.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.settings.Settings;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class WorkstationSignInTest {
    private final Settings settings = new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID()));

    private WorkstationSignIn on(String database, boolean embedded, CurrentActor actor) {
        return new WorkstationSignIn(settings, embedded, () -> database, new Permissions(actor));
    }

    @Test
    void aCoordinatorTurnsItOnForThisDatabaseOnlyAndOffAgain() {
        WorkstationSignIn here = on("db-1", true, TestActors.AS_COORDINATOR);

        here.turnOn("dewi");

        assertThat(here.login()).contains("dewi");
        assertThat(on("db-2", true, TestActors.AS_COORDINATOR).login()).isEmpty();
        here.turnOff();
        assertThat(here.login()).isEmpty();
    }

    @Test
    void onASharedServerEveryoneLogsIn() {
        on("db-1", true, TestActors.AS_COORDINATOR).turnOn("dewi");
        WorkstationSignIn shared = on("db-1", false, TestActors.AS_COORDINATOR);

        assertThat(shared.available()).isFalse();
        assertThat(shared.login()).isEmpty();
        assertThatThrownBy(() -> shared.turnOn("dewi")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyACoordinatorChangesIt() {
        WorkstationSignIn asSecretary = on("db-1", true, CurrentActor.of(TestActors.SECRETARY));

        assertThatThrownBy(() -> asSecretary.turnOn("sari")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(asSecretary::turnOff).isInstanceOf(NotPermittedException.class);
        assertThat(asSecretary.login()).isEmpty();
    }
}
