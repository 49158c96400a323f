package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.Holders;
import id.jalin.crossservice.domain.InMemoryCrossServiceRepository;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The announce dialog offers only holders who could get past the desk. */
class AnnouncementsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
    private final MemberService members = new MemberService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR);
    private final CrossServices services = CrossServices.over(repository, members, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);

    private static <T> T saved(SaveResult<T> outcome) {
        assertThat(outcome).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) outcome).value();
    }

    private CardHolder holderWithCard(long library, String name, LocalDate issuedOn) {
        CardHolder holder = repository.saveHolder(Holders.student(library, name.substring(0, 3), name));
        if (issuedOn != null) {
            saved(services.cards().issue(holder, issuedOn, null, Money.ZERO, ""));
        }
        return holder;
    }

    @Test
    void holdersWhoseCardIsRevokedOrExpiredAreNotOffered() {
        Library home = ((SaveResult.Saved<Member>) members.save(Member.of(Libraries.library("UNPAD", "Unpad")))).value()
                .library();
        holderWithCard(home.id(), "Ani Rahmawati", TODAY);
        CardHolder revoked = holderWithCard(home.id(), "Budi Hartono", TODAY);
        Card budisCard = services.cards().cardsOf(revoked.id()).get(0);
        saved(services.cards().revoke(budisCard, TODAY, "Buku tidak dikembalikan"));
        holderWithCard(home.id(), "Citra Dewi", LocalDate.of(2024, 9, 1));
        holderWithCard(home.id(), "Dodi Pratama", null);
        // Eka's old card expired, but a new one is valid
        CardHolder renewed = holderWithCard(home.id(), "Eka Saputra", LocalDate.of(2024, 9, 1));
        saved(services.cards().issue(renewed, TODAY, null, Money.ZERO, ""));
        AnnouncementsViewModel model = new AnnouncementsViewModel(services, members, new CurrentThreadTaskExecutor(),
                new Messages(Language.INDONESIAN));

        List<CardHolder> offered = new ArrayList<>();
        model.holdersOf(home, offered::addAll);

        assertThat(offered).extracting(CardHolder::name).containsExactlyInAnyOrder("Ani Rahmawati", "Eka Saputra");
    }
}
