package id.jalin.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form's behaviour without a window: what is stored, and which message lands on which field. */
class MemberFormViewModelTest {
    private final InMemoryMemberRepository repository = new InMemoryMemberRepository();
    private final MemberService service = new MemberService(repository, TestPermissions.AS_COORDINATOR);
    private final List<Member> saved = new ArrayList<>();
    private final MemberFormViewModel model = new MemberFormViewModel(service, new CurrentThreadTaskExecutor(),
            new Messages(Language.INDONESIAN), saved::add);

    private void typeValidMember() {
        model.startNew();
        model.code.set("unpar");
        model.name.set("Perpustakaan Universitas Katolik Parahyangan");
        model.city.set("Bandung");
        model.yearlyDues.set("Rp 1.500.000");
        model.collectionTitles.set("120.000");
    }

    @Test
    void validMemberIsStoredWithItsStaffAndTheFormShowsIt() {
        typeValidMember();
        model.staffName.set("Maria Lestari");
        model.staffEmail.set("maria@unpar.ac.id");
        model.staffRole.set(ForumRole.CONTACT_PERSON);
        model.addStaff();

        model.save();

        assertThat(saved).hasSize(1);
        Member stored = service.memberByCode("UNPAR").orElseThrow();
        assertThat(stored.library().yearlyDues().rupiah()).isEqualTo(1_500_000);
        assertThat(stored.library().collectionTitles()).isEqualTo(120_000);
        assertThat(stored.staff()).singleElement().satisfies(s -> assertThat(s.role()).isEqualTo(ForumRole.CONTACT_PERSON));
        assertThat(model.isNew()).isFalse();
        assertThat(model.code.get()).isEqualTo("UNPAR");
        assertThat(model.yearlyDues.get()).isEqualTo("Rp 1.500.000");
    }

    @Test
    void duesThatAreNotWholeRupiahAreExplainedAndNothingIsStored() {
        typeValidMember();
        model.yearlyDues.set("1.500.000,50");

        model.save();

        assertThat(model.errors()).containsKey("yearlyDues");
        assertThat(model.errors().get("yearlyDues")).contains("rupiah");
        assertThat(service.libraries()).isEmpty();
    }

    @Test
    void takenCodeIsExplainedOnTheCodeField() {
        typeValidMember();
        model.save();
        typeValidMember();
        model.name.set("Another library");

        model.save();

        assertThat(model.errors().get("code")).contains("UNPAR");
        assertThat(service.libraries()).hasSize(1);
    }

    @Test
    void staffWithABadEmailIsNotAddedToTheList() {
        typeValidMember();
        model.staffName.set("Budi");
        model.staffEmail.set("budi at unpar");

        model.addStaff();

        assertThat(model.staff).isEmpty();
        assertThat(model.staffError.get()).contains("budi at unpar");
    }

    @Test
    void staffCanBeEditedAndRemovedBeforeSaving() {
        typeValidMember();
        model.staffName.set("Budi");
        model.addStaff();
        model.staffName.set("Sari");
        model.addStaff();
        model.selectStaff(0);
        model.staffPosition.set("Kepala Perpustakaan");
        model.updateStaff(0);
        model.removeStaff(1);

        model.save();

        assertThat(service.memberByCode("UNPAR").orElseThrow().staff())
                .singleElement().satisfies(s -> assertThat(s.position()).isEqualTo("Kepala Perpustakaan"));
    }
}
