package id.jalin.crossservice.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.Arrival;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardEnding;
import id.jalin.crossservice.domain.EndingCards;
import id.jalin.crossservice.domain.CardsEnding;
import id.jalin.crossservice.domain.CardNumber;
import id.jalin.crossservice.domain.HolderPhoto;
import id.jalin.crossservice.domain.HolderSort;
import id.jalin.crossservice.domain.Holders;
import id.jalin.crossservice.domain.Photo;
import id.jalin.crossservice.domain.Verdict;
import id.jalin.crossservice.domain.VisitLogEntry;
import id.jalin.crossservice.domain.VisitLogFilter;
import id.jalin.crossservice.domain.VisitLogSort;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Paging, sorting and searching of the long lists in the database, once on H2 and once on PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class ListPagingRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Parameter
    Kind kind;

    private Database database;
    private JooqCrossServiceRepository repository;
    private long unpadId;
    private long itbId;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        var members = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        unpadId = members.save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")))
                .library().id();
        itbId = members.save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB"))).library().id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** 120 holders at UNPAD named "Holder 000".."Holder 119" with numbers counting down, and one at ITB. */
    private List<CardHolder> holders() {
        List<CardHolder> fresh = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            fresh.add(Holders.student(unpadId, String.format("18%04d", 500 - i), String.format("Holder %03d", i)));
        }
        fresh.add(Holders.student(itbId, "999", "Holder at ITB"));
        return repository.saveHolders(fresh, Progress.NONE);
    }

    private Card card(CardHolder holder, int running, LocalDate until) {
        return repository.saveCard(Card.issue(holder.id(), CardNumber.generate(26, holder.homeLibraryId(), running),
                TODAY.minusMonths(1), until, Money.of(25_000), "KW"));
    }

    @Test
    void cardsEndingSoonAreCountedPerLibraryAndDayAndListedWithoutRenewedOrRevokedOnes() {
        List<CardHolder> all = holders();
        CardsEnding month = CardsEnding.soonAfter(TODAY);
        LocalDate semesterEnd = TODAY.plusDays(14);
        card(all.get(0), 1, semesterEnd);
        card(all.get(1), 2, semesterEnd);
        card(all.get(2), 3, TODAY);
        // renewed: a second card that ends next year, so the first one ending is no news
        card(all.get(3), 4, semesterEnd);
        card(all.get(3), 5, TODAY.plusYears(1));
        // revoked: it ends, but not by running out
        Card revoked = card(all.get(4), 6, semesterEnd);
        repository.saveCard(revoked.withEnding(new CardEnding(CardEnding.Kind.REVOKED, TODAY, "Lulus")));
        card(all.get(5), 7, TODAY.plusDays(31));
        card(all.get(6), 8, TODAY.minusDays(1));
        card(all.get(120), 9, semesterEnd);

        assertThat(repository.cardsEnding(month, null)).containsExactly(
                new EndingCards(unpadId, TODAY, 1), new EndingCards(unpadId, semesterEnd, 2),
                new EndingCards(itbId, semesterEnd, 1));
        assertThat(repository.cardsEnding(month, unpadId)).extracting(EndingCards::holders).containsExactly(1, 2);

        Page<CardHolder> page = repository.holderPage(unpadId, month, PageRequest.first(HolderSort.NAME));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.rows()).extracting(CardHolder::name).containsExactly("Holder 000", "Holder 001",
                "Holder 002");
        assertThat(repository.holderPage(unpadId, month, PageRequest.first(HolderSort.NAME).filteredBy("Holder 001"))
                .rows()).extracting(CardHolder::name).containsExactly("Holder 001");
    }

    @Test
    void holderPagesCountOnlyTheLibraryAndFollowEachOtherWithoutGapsOrRepeats() {
        holders();
        PageRequest<HolderSort> first = PageRequest.first(HolderSort.NAME);

        Page<CardHolder> one = repository.holderPage(unpadId, first);
        Page<CardHolder> two = repository.holderPage(unpadId, first.next());
        Page<CardHolder> three = repository.holderPage(unpadId, first.next().next());

        assertThat(one.total()).isEqualTo(120);
        assertThat(one.rows()).hasSize(50).first().extracting(CardHolder::name).isEqualTo("Holder 000");
        assertThat(two.rows().get(0).name()).isEqualTo("Holder 050");
        assertThat(three.rows()).hasSize(20).last().extracting(CardHolder::name).isEqualTo("Holder 119");
        assertThat(three.hasNext()).isFalse();
        assertThat(three.firstRowNumber()).isEqualTo(101);
    }

    @Test
    void holderListSortsByTheChosenColumnInTheDatabase() {
        holders();

        Page<CardHolder> byNumberDown = repository.holderPage(unpadId,
                PageRequest.first(HolderSort.NUMBER).sortedBy(HolderSort.NUMBER, SortDirection.DESCENDING));
        Page<CardHolder> byNameDown = repository.holderPage(unpadId,
                PageRequest.first(HolderSort.NAME).sortedBy(HolderSort.NAME, SortDirection.DESCENDING));

        assertThat(byNumberDown.rows().get(0).number()).isEqualTo("180500");
        assertThat(byNumberDown.rows().get(1).number()).isEqualTo("180499");
        assertThat(byNameDown.rows().get(0).name()).isEqualTo("Holder 119");
    }

    @Test
    void holderSearchFindsNamePartsIgnoringCaseAndNumbersTypedWithSpaces() {
        List<CardHolder> saved = holders();
        CardHolder seventh = saved.get(7);
        Card card = card(seventh, 42, TODAY.plusMonths(5));

        Page<CardHolder> byName = repository.holderPage(unpadId, PageRequest.first(HolderSort.NAME).filteredBy("holder 01"));
        Page<CardHolder> byNumber = repository.holderPage(unpadId, PageRequest.first(HolderSort.NAME)
                .filteredBy("18 04 93"));
        Page<CardHolder> byCard = repository.holderPage(unpadId, PageRequest.first(HolderSort.NAME)
                .filteredBy(card.number().grouped()));
        Page<CardHolder> wildcard = repository.holderPage(unpadId, PageRequest.first(HolderSort.NAME).filteredBy("%"));

        assertThat(byName.total()).isEqualTo(10);
        assertThat(byName.rows()).extracting(CardHolder::name).allMatch(n -> n.startsWith("Holder 01"));
        assertThat(byNumber.rows()).extracting(CardHolder::name).containsExactly("Holder 007");
        assertThat(byCard.rows()).containsExactly(seventh);
        // a % typed by the user is a character to find, not a wildcard
        assertThat(wildcard.total()).isZero();
    }

    @Test
    void cardsPhotosAndHoldersOfManyAreReadTogether() {
        List<CardHolder> saved = holders();
        Card active = card(saved.get(0), 1, TODAY.plusMonths(5));
        card(saved.get(1), 2, TODAY.minusDays(1));
        Card older = card(saved.get(2), 3, TODAY.plusMonths(5));
        Card revoked = repository.saveCard(card(saved.get(2), 4, TODAY.plusMonths(5))
                .withEnding(new id.jalin.crossservice.domain.CardEnding(
                        id.jalin.crossservice.domain.CardEnding.Kind.REVOKED, TODAY, "Hilang")));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 7};
        repository.savePhotos(List.of(new HolderPhoto(saved.get(0).id(), Photo.of(jpeg).orElseThrow())), 1,
                Progress.NONE);
        List<Long> ids = saved.stream().map(CardHolder::id).toList();

        assertThat(repository.cardsOfHolders(ids)).hasSize(3);
        assertThat(repository.cardsOfHolders(ids).get(saved.get(2).id())).containsExactly(revoked, older);
        assertThat(repository.holdersByIds(ids)).hasSize(121).containsEntry(saved.get(5).id(), saved.get(5));
        assertThat(repository.photos(ids)).containsOnlyKeys(saved.get(0).id());
        assertThat(repository.holderIdsWithActiveCard(unpadId, TODAY))
                .containsExactly(saved.get(0).id(), saved.get(2).id());
        assertThat(active.statusOn(TODAY).isValid()).isTrue();
    }

    @Test
    void visitLogIsPagedFilteredByHostAndSearchedByHolderNameWithNamesJoined() {
        List<CardHolder> saved = holders();
        Card siti = card(saved.get(3), 1, TODAY.plusMonths(5));
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 8, 0);
        for (int i = 0; i < 70; i++) {
            long host = i % 2 == 0 ? itbId : unpadId;
            boolean known = i % 10 == 0;
            repository.saveArrival(new Arrival(null, start.plusHours(i), host, known ? siti.number().digits() : "X" + i,
                    known ? siti.id() : null, null, known ? Verdict.WELCOME : Verdict.UNKNOWN_NUMBER));
        }
        repository.saveArrival(new Arrival(null, start.minusMonths(1), itbId, "OLD", null, null, Verdict.UNKNOWN_NUMBER));
        VisitLogFilter march = new VisitLogFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        PageRequest<VisitLogSort> newestFirst = new PageRequest<>(0, 50, VisitLogSort.TIME, SortDirection.DESCENDING, "");

        List<Long> hosts = List.of(itbId, unpadId);
        Page<VisitLogEntry> all = repository.visitLog(march, newestFirst, hosts);
        Page<VisitLogEntry> atItb = repository.visitLog(new VisitLogFilter(march.from(), march.to(), itbId),
                newestFirst, hosts);
        Page<VisitLogEntry> byName = repository.visitLog(march, newestFirst.filteredBy("holder 003"), hosts);
        Page<VisitLogEntry> secondPage = repository.visitLog(march, newestFirst.next(), hosts);
        // Sorted by host, the hosts follow the order the register gives, whatever their ids.
        PageRequest<VisitLogSort> byHost = new PageRequest<>(0, 50, VisitLogSort.HOST, SortDirection.ASCENDING, "");
        Page<VisitLogEntry> unpadFirst = repository.visitLog(march, byHost, List.of(unpadId, itbId));
        Page<VisitLogEntry> itbFirst = repository.visitLog(march, byHost, List.of(itbId, unpadId));
        List<VisitLogEntry> exported = new ArrayList<>();
        repository.eachVisit(march, "x6", exported::add);

        assertThat(all.total()).isEqualTo(70);
        assertThat(all.rows().get(0).arrival().arrivedAt()).isEqualTo(start.plusHours(69));
        assertThat(secondPage.rows()).hasSize(20);
        assertThat(atItb.total()).isEqualTo(35);
        assertThat(atItb.rows()).allMatch(e -> e.arrival().hostLibraryId() == itbId);
        assertThat(unpadFirst.rows().get(0).arrival().hostLibraryId()).isEqualTo(unpadId);
        assertThat(unpadFirst.rows().get(49).arrival().hostLibraryId()).isEqualTo(itbId);
        assertThat(itbFirst.rows()).hasSize(50);
        assertThat(itbFirst.rows().subList(0, 35)).allMatch(e -> e.arrival().hostLibraryId() == itbId);
        assertThat(byName.total()).isEqualTo(7);
        assertThat(byName.rows()).allSatisfy(e -> {
            assertThat(e.holderName()).isEqualTo("Holder 003");
            assertThat(e.holderNumber()).isEqualTo("180497");
            assertThat(e.arrival().holderId()).isEqualTo(saved.get(3).id());
        });
        assertThat(exported).extracting(e -> e.arrival().scannedText())
                .containsExactly("X6", "X61", "X62", "X63", "X64", "X65", "X66", "X67", "X68", "X69");
    }

    @Test
    void typedSearchFindsCardNumbersAndUnmatchedScansTheSameWayInEveryOrderAndOnEveryPage() {
        List<CardHolder> saved = holders();
        Card siti = card(saved.get(3), 1, TODAY.plusMonths(5));
        Card other = card(saved.get(4), 2, TODAY.plusMonths(5));
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 8, 0);
        for (int i = 0; i < 90; i++) {
            long host = i % 2 == 0 ? itbId : unpadId;
            Card card = i % 3 == 0 ? siti : i % 3 == 1 ? other : null;
            // an unmatched scan that happens to hold Siti's card digits is found by its own text
            String scanned = card != null ? card.number().digits()
                    : i == 2 ? "NOISE" + siti.number().digits() : "X" + i;
            repository.saveArrival(new Arrival(null, start.plusHours(i), host, scanned,
                    card == null ? null : card.id(), null, card == null ? Verdict.UNKNOWN_NUMBER : Verdict.WELCOME));
        }
        VisitLogFilter march = new VisitLogFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        List<Long> hosts = List.of(itbId, unpadId);
        String sitiNumber = siti.number().digits();

        for (VisitLogSort sort : VisitLogSort.values()) {
            for (SortDirection direction : SortDirection.values()) {
                PageRequest<VisitLogSort> request = new PageRequest<>(0, 20, sort, direction, sitiNumber);
                List<VisitLogEntry> seen = new ArrayList<>();
                Page<VisitLogEntry> page = repository.visitLog(march, request, hosts);
                while (!page.rows().isEmpty()) {
                    seen.addAll(page.rows());
                    request = request.next();
                    page = repository.visitLog(march, request, hosts);
                }
                assertThat(page.total()).as(sort + " " + direction).isEqualTo(31);
                assertThat(seen).as(sort + " " + direction).hasSize(31)
                        .extracting(e -> e.arrival().id()).doesNotHaveDuplicates();
                assertThat(seen).filteredOn(e -> e.arrival().cardId() == null)
                        .extracting(e -> e.arrival().scannedText()).containsExactly("NOISE" + sitiNumber);
            }
        }
        Page<VisitLogEntry> atItb = repository.visitLog(new VisitLogFilter(march.from(), march.to(), itbId),
                new PageRequest<>(0, 50, VisitLogSort.TIME, SortDirection.ASCENDING, sitiNumber), hosts);
        Page<VisitLogEntry> nothing = repository.visitLog(march,
                new PageRequest<>(0, 50, VisitLogSort.TIME, SortDirection.ASCENDING, "no such text"), hosts);
        List<VisitLogEntry> exported = new ArrayList<>();
        repository.eachVisit(march, sitiNumber, exported::add);

        assertThat(atItb.rows()).isNotEmpty().allMatch(e -> e.arrival().hostLibraryId() == itbId)
                .hasSize((int) atItb.total());
        assertThat(nothing.total()).isZero();
        assertThat(nothing.rows()).isEmpty();
        assertThat(exported).hasSize(31);
    }
}
