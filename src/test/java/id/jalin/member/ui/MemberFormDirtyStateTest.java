package id.jalin.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the member form holds typing that is not stored, and what Save and Discard do with it. */
class MemberFormDirtyStateTest {
    private final MemberService service = new MemberService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR);
    private final List<Member> saved = new ArrayList<>();
    private final MemberFormViewModel model = new MemberFormViewModel(service, new CurrentThreadTaskExecutor(),
            new Messages(Language.INDONESIAN), saved::add);

    private Member storedMember() {
        model.startNew();
        model.code.set("UNPAR");
        model.name.set("Perpustakaan Universitas Katolik Parahyangan");
        model.save();
        return saved.get(saved.size() - 1);
    }

    @Test
    void freshAndLoadedFormsAreClean() {
        assertThat(model.isDirty()).isFalse();
        model.load(storedMember());
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void typingMakesTheFormDirtyAndTypingTheOldTextBackMakesItCleanAgain() {
        model.load(storedMember());
        model.city.set("Bandung");
        assertThat(model.isDirty()).isTrue();
        model.city.set("");
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void theCatalogueAddressAndKindAreTypingLikeTheOtherFields() {
        model.load(storedMember());
        model.catalogueUrl.set("https://perpustakaan.unpar.ac.id/cgi-bin/koha/oai.pl");
        assertThat(model.isDirty()).isTrue();
        model.catalogueUrl.set("");
        assertThat(model.isDirty()).isFalse();
        model.catalogueKind.set(id.jalin.member.domain.CatalogueServerKind.KOHA);
        assertThat(model.isDirty()).isTrue();

        model.discard();
        assertThat(model.catalogueKind.get()).isNull();
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void addingStaffIsAChange() {
        model.load(storedMember());
        model.staffName.set("Maria Lestari");
        model.addStaff();
        assertThat(model.isDirty()).isTrue();
    }

    @Test
    void discardGoesBackToTheLoadedMember() {
        model.load(storedMember());
        model.name.set("Nama lain");

        model.discard();

        assertThat(model.name.get()).isEqualTo("Perpustakaan Universitas Katolik Parahyangan");
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void saveStoresRunsTheNextStepAndSaysSaved() {
        model.load(storedMember());
        model.city.set("Bandung");
        List<String> steps = new ArrayList<>();

        model.save(() -> steps.add("next"));

        assertThat(steps).containsExactly("next");
        assertThat(service.memberByCode("UNPAR").orElseThrow().library().city()).isEqualTo("Bandung");
        assertThat(model.isDirty()).isFalse();
        assertThat(model.savedNoticeProperty().get()).isEqualTo("Tersimpan");
        model.city.set("Bandung Barat");
        assertThat(model.savedNoticeProperty().get()).isEmpty();
    }

    @Test
    void refusedSaveKeepsTheUserOnTheFormAndForgetsTheNextStep() {
        model.load(storedMember());
        model.email.set("bukan-email");
        List<String> steps = new ArrayList<>();

        model.save(() -> steps.add("next"));
        model.email.set("perpus@unpar.ac.id");
        model.save();

        assertThat(steps).isEmpty();
        assertThat(model.isDirty()).isFalse();
    }
}
