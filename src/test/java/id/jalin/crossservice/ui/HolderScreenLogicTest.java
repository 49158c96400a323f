package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardEnding;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.InMemoryCrossServiceRepository;
import id.jalin.crossservice.domain.CardNumber;
import id.jalin.crossservice.domain.CardStatus;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.print.CardFace;
import id.jalin.crossservice.print.CardSheetSettings;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The logic behind the card holder screen that needs no stage. */
class HolderScreenLogicTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    private static CardHolder holder(long id, String number, String name) {
        return CardHolder.newHolder(7, number, name, "S1 Ilmu Perpustakaan", HolderKind.LECTURER, "", "")
                .withId(id, 1);
    }

    private static Card card(long id, long holderId, int running, LocalDate issued, LocalDate until) {
        return Card.issue(holderId, CardNumber.generate(25, 7, running), issued, until, Money.of(25_000), "KW-" + id)
                .withId(id, 1);
    }

    private static Settings settings() {
        return new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID()));
    }

    @Test
    void theCurrentCardIsTheNewestActiveOneEvenWhenAnExpiredOneIsNewer() {
        CardHolder holder = holder(1, "2101234", "Dewi Lestari");
        Card active = card(10, 1, 1, TODAY.minusMonths(2), TODAY.plusMonths(5));
        Card revoked = card(11, 1, 2, TODAY.minusDays(3), TODAY.plusMonths(5))
                .withEnding(new CardEnding(CardEnding.Kind.REVOKED, TODAY.minusDays(1), "Dipinjamkan"));

        HolderRow row = HolderRow.of(holder, List.of(active, revoked), TODAY);

        assertThat(row.current()).isEqualTo(active);
        assertThat(row.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(HolderRow.of(holder, List.of(revoked), TODAY).status()).isEqualTo(CardStatus.REVOKED);
        assertThat(HolderRow.of(holder, List.of(), TODAY).hasActiveCard()).isFalse();
    }

    @Test
    void printingTakesTheSelectedHoldersWithAnActiveCard() {
        HolderRow withCard = HolderRow.of(holder(1, "1", "A"), List.of(card(10, 1, 1, TODAY, TODAY.plusDays(9))),
                TODAY);
        HolderRow expired = HolderRow.of(holder(2, "2", "B"),
                List.of(card(11, 2, 2, TODAY.minusYears(1), TODAY.minusDays(1))), TODAY);
        HolderRow without = HolderRow.of(holder(3, "3", "C"), List.of(), TODAY);

        assertThat(CardFaces.selectedToPrint(List.of(withCard, expired, without))).containsExactly(1L);
        assertThat(CardFaces.selectedToPrint(List.of(expired, without))).isEmpty();
    }

    @Test
    void printingAllReadsEveryoneWithAnActiveCardFromStorageInBatchesInOrder() {
        var repository = new InMemoryCrossServiceRepository();
        var clock = id.jalin.crossservice.domain.TestClock.on(TODAY);
        var holders = new CardHolderService(repository, TestPermissions.AS_COORDINATOR);
        var cards = new CardService(repository, clock, TestPermissions.AS_COORDINATOR);
        List<Long> active = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * CardFaces.BATCH + 3; i++) {
            CardHolder saved = repository.saveHolder(CardHolder.newHolder(7, "N" + i,
                    String.format("Holder %03d", i), "", HolderKind.STUDENT, "", ""));
            LocalDate until = i % 4 == 0 ? TODAY.minusDays(1) : TODAY.plusMonths(3);
            repository.saveCard(Card.issue(saved.id(), CardNumber.generate(25, 7, i + 1), TODAY.minusYears(1), until,
                    Money.of(0), ""));
            if (i % 4 != 0) {
                active.add(saved.id());
            }
        }
        CardFaces faces = new CardFaces(holders, cards);

        List<Long> toPrint = faces.allToPrint(7);
        List<String> names = new java.util.ArrayList<>();
        faces.faces(toPrint, "UPI", id.jalin.kernel.task.Progress.NONE).forEachRemaining(f -> names.add(f.holderName()));

        assertThat(toPrint).containsExactlyElementsOf(active);
        assertThat(names).hasSize(active.size()).isSorted().doesNotContain("Holder 000", "Holder 004");
    }

    @Test
    void aCardFaceCarriesTheDigitsAndTheKindInBothLanguages() {
        CardHolder holder = holder(1, "2101234", "Dewi Lestari");
        Card card = card(10, 1, 42, TODAY, LocalDate.of(2025, 8, 31));

        CardFace face = CardFaces.face(holder, card, "Perpustakaan UPI", null);

        assertThat(face.number()).isEqualTo(card.number().digits());
        assertThat(face.homeLibraryName()).isEqualTo("Perpustakaan UPI");
        assertThat(face.validUntil()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(face.kindLabelId()).contains("Kartu Silang Layan").contains(
                new Messages(Language.INDONESIAN).get("holder.kind.lecturer"));
        assertThat(face.kindLabelEn()).contains("Lecturer");
        assertThat(face.hasPhoto()).isFalse();
    }

    @Test
    void calibrationAcceptsCommaOrPointAndRefusesMoreThanTenMillimetres() {
        Settings settings = settings();
        CalibrationViewModel model = new CalibrationViewModel(settings, new Messages(Language.INDONESIAN));
        model.fields.get(Setting.CARD_FRONT_OFFSET_X).set("1,5");
        model.fields.get(Setting.CARD_FRONT_OFFSET_Y).set("-0.75");
        model.fields.get(Setting.CARD_BACK_OFFSET_X).set("10,5");
        model.fields.get(Setting.CARD_BACK_OFFSET_Y).set("dua");

        assertThat(model.save()).containsOnlyKeys("CARD_BACK_OFFSET_X", "CARD_BACK_OFFSET_Y");
        assertThat(CalibrationViewModel.stored(settings)).isEqualTo(CardSheetSettings.NONE);

        model.fields.get(Setting.CARD_BACK_OFFSET_X).set("-10");
        model.fields.get(Setting.CARD_BACK_OFFSET_Y).set("");
        assertThat(model.save()).isEmpty();
        assertThat(CalibrationViewModel.stored(settings)).isEqualTo(new CardSheetSettings(1.5, -0.75, -10, 0));
    }

    @Test
    void aStoredOffsetOutOfRangeCountsAsNoCorrection() {
        Settings settings = settings();
        settings.put(Setting.CARD_FRONT_OFFSET_X, "25");
        settings.put(Setting.CARD_BACK_OFFSET_Y, "rusak");
        settings.put(Setting.CARD_BACK_OFFSET_X, "2.5");

        assertThat(CalibrationViewModel.stored(settings)).isEqualTo(new CardSheetSettings(0, 0, 2.5, 0));
    }

    @Test
    void theIssueDialogStartsWithTodayTheEndOfTheAcademicYearAndTheForumsFee() {
        var rules = id.jalin.forum.domain.ForumSettings.defaults().with(Money.of(30_000),
                id.jalin.forum.domain.ForumSettings.DEFAULT_YEAR_END);
        var repository = new id.jalin.crossservice.domain.InMemoryCrossServiceRepository();
        var cards = new id.jalin.crossservice.domain.CardService(repository,
                id.jalin.crossservice.domain.TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
        Messages messages = new Messages(Language.INDONESIAN);
        HolderCardsViewModel model = new HolderCardsViewModel(cards,
                new id.jalin.kernel.task.CurrentThreadTaskExecutor(), messages, () -> rules, () -> { });

        HolderCardsViewModel.IssueRequest defaults = model.issueDefaults();

        assertThat(defaults.issuedOn()).isEqualTo(TODAY);
        assertThat(defaults.validUntil()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(model.parseFee(defaults.fee())).contains(Money.of(30_000));
        assertThat(model.parseFee("dua puluh")).isEmpty();
    }
}
