package id.jalin.member.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.task.Progress;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoForumTest {
    private final List<Member> members = DemoForum.members();

    @Test
    void hasTwentyValidLibrariesWithUniqueCodes() {
        assertThat(members).hasSize(20);
        assertThat(members).allSatisfy(member ->
                assertThat(MemberRules.validate(member).errors()).as(member.library().code()).isEmpty());
        assertThat(members).extracting(m -> m.library().code()).doesNotHaveDuplicates();
        assertThat(members).extracting(m -> m.library().id()).containsOnlyNulls();
    }

    @Test
    void everyLibraryHasTwoToFiveStaffAndExactlyOneContactPerson() {
        assertThat(members).allSatisfy(member -> {
            assertThat(member.staff()).as(member.library().code()).hasSizeBetween(2, 5);
            assertThat(member.staff()).as(member.library().code())
                    .filteredOn(person -> person.role() == ForumRole.CONTACT_PERSON).hasSize(1);
        });
    }

    @Test
    void forumHasExactlyOneCoordinatorAndOneSecretaryInDifferentLibraries() {
        List<String> coordinatorAt = librariesWith(ForumRole.COORDINATOR);
        List<String> secretaryAt = librariesWith(ForumRole.SECRETARY);

        assertThat(coordinatorAt).hasSize(1);
        assertThat(secretaryAt).hasSize(1);
        assertThat(coordinatorAt).doesNotContainAnyElementsOf(secretaryAt);
    }

    @Test
    void coversEveryKindMostlyActiveMembersAndPlausibleFigures() {
        assertThat(members).extracting(m -> m.library().kind()).contains(LibraryKind.values());
        assertThat(members).filteredOn(m -> m.library().status() == MemberStatus.SUSPENDED).hasSize(1);
        assertThat(members).filteredOn(m -> m.library().status() == MemberStatus.LEFT).hasSize(1);
        assertThat(members).allSatisfy(member -> {
            Library library = member.library();
            assertThat(library.province()).isEqualTo("Jawa Barat");
            assertThat(library.joinedOn()).isBetween(LocalDate.of(2008, 1, 1), LocalDate.of(2024, 12, 31));
            assertThat(library.collectionTitles()).isBetween(2_000, 250_000);
            assertThat(library.yearlyDues().rupiah()).isPositive();
        });
    }

    @Test
    void loadsThroughTheServiceOnceAndSkipsWhatIsAlreadyStored() {
        InMemoryMemberRepository repository = new InMemoryMemberRepository();
        MemberService service = new MemberService(repository, TestPermissions.AS_COORDINATOR);

        assertThat(DemoForum.loadInto(service, Progress.NONE)).isEqualTo(20);
        assertThat(DemoForum.loadInto(service, Progress.NONE)).isZero();
        assertThat(repository.all()).hasSize(20);
        assertThat(repository.all()).allSatisfy(member -> assertThat(member.library().id()).isNotNull());
    }

    @Test
    void failsLoudlyAndStoresNothingWhenAMemberBreaksTheRules() {
        InMemoryMemberRepository repository = new InMemoryMemberRepository();
        Library typo = new Library(null, 0, "BAD CODE", "Perpustakaan Salah Ketik", "", LibraryKind.ACADEMY, "", "",
                "", "", "", "", null, null, "", null, null, "");

        assertThatThrownBy(() -> DemoForum.load(List.of(members.get(0), Member.of(typo)),
                new MemberService(repository, TestPermissions.AS_COORDINATOR), Progress.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BAD CODE");
        assertThat(repository.all()).isEmpty();
    }

    private List<String> librariesWith(ForumRole role) {
        return members.stream()
                .filter(member -> member.staff().stream().anyMatch(person -> person.role() == role))
                .map(member -> member.library().code())
                .toList();
    }
}
