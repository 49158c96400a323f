package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CrossServiceRepository;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.InMemoryCrossServiceRepository;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.crossservice.domain.UnannouncedPolicy;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.BrokenConnection;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.kernel.task.RecordedFailures;
import id.jalin.kernel.validation.Validation;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** When the database goes away under the desk or the announcements, the failure reaches the failure dialog. */
class BackgroundFailureTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private final Set<String> broken = new HashSet<>();
    private final CrossServiceRepository repository = BrokenConnection.breaking(CrossServiceRepository.class,
            new InMemoryCrossServiceRepository(), broken);
    private final CrossServices services = CrossServices.over(repository,
            new MemberService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR), TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    private final RecordedFailures failures = new RecordedFailures();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(failures);
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final Library host = Libraries.library("UPI", "Perpustakaan UPI").withId(4, 1);

    private ArrivalDeskViewModel desk() {
        ArrivalDeskViewModel desk = new ArrivalDeskViewModel(services.visits(), services.holders(), executor, messages,
                new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID())));
        desk.setHosts(List.of(host));
        return desk;
    }

    @Test
    void aScanThatCannotBeCheckedIsShownWithTheCardNumberAfterTheFieldWasCleared() {
        ArrivalDeskViewModel desk = desk();
        broken.add("*");

        desk.scanText.set("7001 0001 2345 6");
        desk.scan();

        assertThat(desk.scanText.get()).isEmpty();
        assertThat(failures.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.actionTitle()).isEqualTo("Memeriksa kartu 7001 0001 2345 6");
            assertThat(shown.failure()).hasRootCauseInstanceOf(java.net.ConnectException.class);
        });
        assertThat(desk.shownProperty().get()).isNull();
    }

    @Test
    void aHostRuleThatCannotBeStoredIsShownAndTheChoiceFallsBack() {
        ArrivalDeskViewModel desk = desk();
        broken.add("saveHostRule");

        desk.changePolicy(UnannouncedPolicy.REFUSE);

        assertThat(failures.shown()).singleElement().satisfies(shown ->
                assertThat(shown.actionTitle()).isEqualTo(messages.get("desk.task.hostRule")));
        assertThat(desk.policy.get()).isEqualTo(UnannouncedPolicy.ALLOW_AND_LOG);
    }

    @Test
    void aHostWhoseRuleCannotBeReadIsShown() {
        broken.add("hostRule");

        desk();

        assertThat(failures.shown()).extracting(RecordedFailures.Shown::actionTitle)
                .containsExactly(messages.get("desk.task.host", host.name()));
    }

    @Test
    void anAnnouncementThatCannotBeStoredIsShownAndTheDialogHearsNothing() {
        AnnouncementsViewModel announcements = new AnnouncementsViewModel(services,
                new MemberService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR), executor, messages);
        broken.add("*");
        List<Validation> heard = new ArrayList<>();

        announcements.announce(VisitAnnouncement.of(12, host.id(), TODAY, TODAY.plusDays(2), "Penelitian"),
                heard::add);

        assertThat(heard).isEmpty();
        assertThat(failures.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.actionTitle()).isEqualTo(messages.get("visit.task.announce"));
            assertThat(shown.failure()).hasCauseInstanceOf(SQLException.class);
        });
    }
}
