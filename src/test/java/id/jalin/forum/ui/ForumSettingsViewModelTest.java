package id.jalin.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.forum.domain.ForumSettings;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.forum.domain.InMemoryForumSettingsRepository;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.kernel.task.FailurePresenter;
import java.time.MonthDay;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ForumSettingsViewModelTest {
    private final InMemoryForumSettingsRepository repository = new InMemoryForumSettingsRepository();
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final AtomicInteger saved = new AtomicInteger();

    private ForumSettingsViewModel model(id.jalin.kernel.access.Actor actor) {
        ForumSettingsService service = new ForumSettingsService(repository,
                new Permissions(id.jalin.kernel.access.CurrentActor.of(actor)));
        return new ForumSettingsViewModel(service, new CurrentThreadTaskExecutor(FailurePresenter.RETHROW), messages,
                service.settings());
    }

    @Test
    void showsTheStoredRulesAsTypedTextAndSavesTheTypedOnes() {
        ForumSettingsViewModel model = model(TestActors.COORDINATOR);
        assertThat(model.fee.get()).isEqualTo(messages.money(Money.of(25_000)));
        assertThat(model.yearEnd.get()).isEqualTo("31/08");

        model.fee.set("30.000");
        model.yearEnd.set("30/6");
        model.save(saved::incrementAndGet);

        assertThat(saved).hasValue(1);
        assertThat(repository.load()).isEqualTo(new ForumSettings(1, Money.of(30_000), MonthDay.of(6, 30)));
    }

    @Test
    void aDateThatDoesNotExistIsRefusedBeforeAnythingIsStored() {
        ForumSettingsViewModel model = model(TestActors.COORDINATOR);
        model.yearEnd.set("31/02");

        model.save(saved::incrementAndGet);

        assertThat(model.error.get()).isEqualTo(messages.get("forum.settings.error.yearEnd"));
        assertThat(repository.saves()).isZero();
    }

    @Test
    void whenAnotherDeskSavedFirstTheirValuesAreShownAndNothingIsOverwritten() {
        ForumSettingsViewModel model = model(TestActors.COORDINATOR);
        repository.save(repository.load().with(Money.of(40_000), MonthDay.of(7, 31)));

        model.fee.set("20.000");
        model.save(saved::incrementAndGet);

        assertThat(saved).hasValue(0);
        assertThat(model.error.get()).isEqualTo(messages.get("forum.settings.error.stale"));
        assertThat(model.fee.get()).isEqualTo(messages.money(Money.of(40_000)));
        assertThat(model.yearEnd.get()).isEqualTo("31/07");
        assertThat(repository.load().cardFee()).isEqualTo(Money.of(40_000));
    }

    @Test
    void aSecretaryIsToldInWordsThatTheRoleDoesNotAllowIt() {
        ForumSettingsViewModel model = model(TestActors.SECRETARY);
        model.fee.set("1.000");

        model.save(saved::incrementAndGet);

        assertThat(model.error.get()).isEqualTo(messages.get("failure.reason.not_permitted"));
        assertThat(repository.saves()).isZero();
    }

    @Test
    void readsTheDayBeforeTheMonthInTheUsualIndonesianWays() {
        assertThat(ForumSettingsViewModel.parseTyped("31/08")).contains(MonthDay.of(8, 31));
        assertThat(ForumSettingsViewModel.parseTyped("1.9")).contains(MonthDay.of(9, 1));
        assertThat(ForumSettingsViewModel.parseTyped("31/02")).isEmpty();
        assertThat(ForumSettingsViewModel.parseTyped("Agustus")).isEmpty();
    }
}
