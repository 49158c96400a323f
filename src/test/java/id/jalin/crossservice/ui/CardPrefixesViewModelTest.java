package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardPrefixService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.Holders;
import id.jalin.crossservice.domain.InMemoryCrossServiceRepository;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordinator's card prefix list: what it shows, and the words next to the field when a prefix is refused. */
class CardPrefixesViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
    private final MemberService members = new MemberService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR);
    private final CardService cards = new CardService(repository, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    private CardPrefixesViewModel model;
    private Library unpad;
    private Library itb;

    private Library saved(Library library) {
        return ((SaveResult.Saved<Member>) members.save(Member.of(library))).value().library();
    }

    @BeforeEach
    void twoLibraries() {
        unpad = saved(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran"));
        itb = saved(Libraries.library("ITB", "Perpustakaan Pusat ITB"));
        model = new CardPrefixesViewModel(new CardPrefixService(repository, TestPermissions.AS_COORDINATOR), members, new CurrentThreadTaskExecutor(),
                new Messages(Language.INDONESIAN));
        model.load(itb.id());
    }

    @Test
    void librariesWithoutAPrefixAreListedWithTheNextFreeOne() {
        assertThat(model.rows).hasSize(2).allSatisfy(row -> assertThat(model.prefixText(row)).isEqualTo("\u2014"));
        assertThat(model.selected.get().library()).isEqualTo(itb);
        assertThat(model.nextFreeNote.get()).contains("(sekarang 001)");
        assertThat(model.editable.get()).isTrue();
    }

    @Test
    void aTypedPrefixIsSavedAndShownWithThreeDigits() {
        model.typed.set("7");
        model.save();

        assertThat(model.fieldError.get()).isEmpty();
        assertThat(model.rows).filteredOn(r -> r.library().equals(itb)).singleElement()
                .satisfies(row -> assertThat(model.prefixText(row)).isEqualTo("007"));
        assertThat(model.typed.get()).isEqualTo("007");
    }

    @Test
    void aPrefixAnotherLibraryHoldsIsRefusedNextToTheField() {
        model.typed.set("7");
        model.save();
        model.selected.set(model.rows.stream().filter(r -> r.library().equals(unpad)).findFirst().orElseThrow());

        model.typed.set("007");
        model.save();

        assertThat(model.fieldError.get()).isEqualTo("Kode 007 sudah dipakai perpustakaan lain.");
    }

    @Test
    void aPrefixPrintedOnCardsCannotBeEdited() {
        CardHolder holder = repository.saveHolder(Holders.student(itb.id(), "10120001", "Rizky Ramadhan"));
        cards.issue(holder, TODAY, null, Money.ZERO, "");

        model.load(itb.id());

        assertThat(model.editable.get()).isFalse();
        assertThat(model.typed.get()).isEqualTo("001");
        assertThat(model.cardsText(model.selected.get())).isEqualTo("Sudah ada kartu");
        assertThat(model.selectionNote.get()).isEqualTo("Kode 001 untuk Perpustakaan Pusat ITB sudah tercetak pada kartu, jadi tidak dapat diubah lagi.");
    }
}
