package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.CardStatus;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.InMemoryCrossServiceRepository;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.forum.domain.ForumSettings;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issuing, revoking and replacing cards through the view model, on the calling thread. */
class HolderCardsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private final InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
    private final CardService cards = new CardService(repository, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final AtomicInteger changes = new AtomicInteger();
    private final Map<String, String> errors = new HashMap<>();
    /** The forum's card rules as the forum's settings service would read them from the database. */
    private final AtomicReference<ForumSettings> rules = new AtomicReference<>(ForumSettings.defaults());
    private HolderCardsViewModel model;

    @BeforeEach
    void holderShown() {
        CardHolder holder = ((id.jalin.kernel.validation.SaveResult.Saved<CardHolder>) new CardHolderService(repository, TestPermissions.AS_COORDINATOR)
                .save(CardHolder.newHolder(3, "2101234", "Dewi Lestari", "", HolderKind.STUDENT, "", ""))).value();
        model = new HolderCardsViewModel(cards, new CurrentThreadTaskExecutor(), messages, rules::get,
                changes::incrementAndGet);
        model.holder.set(holder);
    }

    @Test
    void anIssuedCardIsListedActiveAndTheHolderListIsToldToReload() {
        model.issue(new HolderCardsViewModel.IssueRequest(TODAY, null, "25.000", "KW-1"), errors::putAll);

        assertThat(errors).isEmpty();
        assertThat(model.cards).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(CardStatus.ACTIVE);
            assertThat(row.card().validUntil()).isEqualTo(LocalDate.of(2025, 8, 31));
        });
        assertThat(changes).hasValue(1);
    }

    @Test
    void aFeeThatIsNotRupiahIsRefusedBeforeAnythingIsStored() {
        model.issue(new HolderCardsViewModel.IssueRequest(TODAY, null, "dua puluh", "KW-1"), errors::putAll);

        assertThat(errors).containsKey("fee");
        assertThat(model.cards).isEmpty();
        assertThat(changes).hasValue(0);
    }

    @Test
    void aRevokedCardNeedsAReasonAndThenShowsRevoked() {
        model.issue(new HolderCardsViewModel.IssueRequest(TODAY.minusDays(5), null, "25.000", "KW-1"), errors::putAll);
        var issued = model.cards.get(0).card();

        model.revoke(issued, new HolderCardsViewModel.RevokeRequest(TODAY, " "), errors::putAll);
        assertThat(errors).containsKey("endedReason");

        errors.clear();
        model.revoke(issued, new HolderCardsViewModel.RevokeRequest(TODAY, "Dipinjamkan ke orang lain"),
                errors::putAll);
        assertThat(errors).isEmpty();
        assertThat(model.cards).singleElement().extracting(HolderCardsViewModel.CardRow::status)
                .isEqualTo(CardStatus.REVOKED);
    }

    @Test
    void replacingALostCardEndsItAndListsTheNewOneFirst() {
        model.issue(new HolderCardsViewModel.IssueRequest(TODAY.minusDays(5), null, "25.000", "KW-1"), errors::putAll);
        var lost = model.cards.get(0).card();

        model.replaceLost(lost, new HolderCardsViewModel.ReplaceRequest("10.000", "KW-2"), errors::putAll);

        assertThat(errors).isEmpty();
        assertThat(model.cards).extracting(HolderCardsViewModel.CardRow::status)
                .containsExactly(CardStatus.ACTIVE, CardStatus.REPLACED);
        assertThat(model.cards.get(0).card().number()).isNotEqualTo(lost.number());
    }

    @Test
    void aReplacementRunsToTheAcademicYearEndTheForumSet() {
        rules.set(ForumSettings.defaults().with(ForumSettings.DEFAULT_CARD_FEE, java.time.MonthDay.of(6, 30)));
        // a card issued by hand to run longer than the academic year
        model.issue(new HolderCardsViewModel.IssueRequest(TODAY.minusDays(5), LocalDate.of(2025, 12, 31), "25.000",
                "KW-1"), errors::putAll);
        var lost = model.cards.get(0).card();

        model.replaceLost(lost, new HolderCardsViewModel.ReplaceRequest("10.000", "KW-2"), errors::putAll);

        assertThat(errors).isEmpty();
        assertThat(model.cards.get(0).card().validUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void revokingACardSomeoneElseChangedMeanwhileRaisesTheStaleQuestionNotARawError() {
        model.issue(new HolderCardsViewModel.IssueRequest(TODAY.minusDays(5), null, "25.000", "KW-1"), errors::putAll);
        var openedHere = model.cards.get(0).card();
        cards.revoke(openedHere, TODAY, "Dicabut di meja lain");
        changes.set(0);

        model.revoke(openedHere, new HolderCardsViewModel.RevokeRequest(TODAY, "Dipinjamkan ke orang lain"),
                errors::putAll);

        assertThat(model.conflict.get()).isInstanceOfSatisfying(
                id.jalin.kernel.validation.SaveResult.Stale.class,
                stale -> assertThat(stale.recordLabel()).isEqualTo(openedHere.number().digits()));
        assertThat(model.error.get()).isEmpty();
        assertThat(errors).isEmpty();

        model.reloadAfterConflict();

        assertThat(model.cards).singleElement().satisfies(row ->
                assertThat(row.card().ending().reason()).isEqualTo("Dicabut di meja lain"));
        assertThat(changes).hasValue(1);
    }
}
