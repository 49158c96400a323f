package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.InMemoryCrossServiceRepository;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.kernel.validation.SaveResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the card holder form holds typing that is not stored, and what Save and Discard do with it. */
class HolderFormDirtyStateTest {
    private final CardHolderService service = new CardHolderService(new InMemoryCrossServiceRepository(), TestPermissions.AS_COORDINATOR);
    private final List<CardHolder> saved = new ArrayList<>();
    private final HolderFormViewModel form = new HolderFormViewModel(service, new CurrentThreadTaskExecutor(),
            new Messages(Language.INDONESIAN), () -> 7L, saved::add);

    private CardHolder stored() {
        return ((SaveResult.Saved<CardHolder>) service.save(CardHolder.newHolder(7L, "140410220031",
                "Rina Kartika Sari", "Ilmu Perpustakaan", HolderKind.STUDENT, "", ""))).value();
    }

    @Test
    void typingMakesTheFormDirtyAndDiscardShowsTheStoredHolderAgain() {
        form.load(stored());
        assertThat(form.isDirty()).isFalse();

        form.name.set("Rina K. Sari");
        assertThat(form.isDirty()).isTrue();
        form.discard();

        assertThat(form.name.get()).isEqualTo("Rina Kartika Sari");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void saveStoresRunsTheNextStepAndSaysSaved() {
        form.load(stored());
        form.programme.set("Ilmu Informasi");
        List<String> steps = new ArrayList<>();

        form.save(() -> steps.add("next"));

        assertThat(saved).singleElement().satisfies(h -> assertThat(h.programme()).isEqualTo("Ilmu Informasi"));
        assertThat(steps).containsExactly("next");
        assertThat(form.isDirty()).isFalse();
        assertThat(form.savedNotice.get()).isEqualTo("Tersimpan");
    }
}
