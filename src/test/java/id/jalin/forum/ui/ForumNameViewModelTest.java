package id.jalin.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.forum.domain.InMemoryForumProfileRepository;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-start question for the forum's name, without a window. */
class ForumNameViewModelTest {
    private final InMemoryForumProfileRepository repository = InMemoryForumProfileRepository.unnamed();
    private final ForumProfileService forum = new ForumProfileService(repository, TestPermissions.AS_COORDINATOR);
    private final ForumNameViewModel model = new ForumNameViewModel(forum, new CurrentThreadTaskExecutor(),
            new Messages(Language.INDONESIAN), forum.profile());
    private final List<ForumProfile> saved = new ArrayList<>();

    @Test
    void blankNameIsRefusedNextToTheNameFieldAndNothingIsStored() {
        model.name.set("   ");

        model.save(saved::add);

        assertThat(model.errors).containsEntry("name", "Isi nama forum.");
        assertThat(saved).isEmpty();
        assertThat(repository.saves()).isZero();
    }

    @Test
    void typedNameCodeAndAddressAreStored() {
        model.name.set("Forum Perpustakaan Kampus Priangan");
        model.code.set("fpkp");
        model.address.set("Jl. Siliwangi 24, Tasikmalaya");

        model.save(saved::add);

        assertThat(model.errors).isEmpty();
        assertThat(saved).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("FPKP"));
        assertThat(forum.profile().name()).isEqualTo("Forum Perpustakaan Kampus Priangan");
        assertThat(forum.profile().address()).isEqualTo("Jl. Siliwangi 24, Tasikmalaya");
    }
}
