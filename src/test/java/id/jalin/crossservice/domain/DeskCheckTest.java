package id.jalin.crossservice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.money.Money;
import id.jalin.member.domain.MemberStatus;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeskCheckTest {
    private static final long UNPAD = 1;
    private static final long ITB = 2;
    private static final long UPI = 3;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
    private final CardService cards = new CardService(repository, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    private final VisitService visits = new VisitService(repository, repository::libraryStatus, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    private CardHolder holder;
    private Card card;

    @BeforeEach
    void issueACard() {
        holder = repository.saveHolder(Holders.student(UNPAD, "180110220001", "Siti Nurhaliza"));
        card = saved(cards.issue(holder, LocalDate.of(2025, 9, 1), null, Money.of(25_000), "KW-1"));
    }

    private static <T> T saved(SaveResult<T> outcome) {
        assertThat(outcome).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) outcome).value();
    }

    private DeskVerdict scan(String text, long host) {
        return new DeskCheck(repository, repository::libraryStatus).verdict(text, host, TODAY);
    }

    @Test
    void announcedVisitIsWelcomedWithTheHolderAndAnnouncement() {
        saved(visits.announce(VisitAnnouncement.of(holder.id(), ITB, TODAY, TODAY.plusDays(2), "Skripsi")));

        DeskVerdict verdict = scan(card.number().digits(), ITB);
        assertThat(verdict.verdict()).isEqualTo(Verdict.WELCOME);
        assertThat(verdict.holderIfKnown()).contains(holder);
        assertThat(verdict.announcementIfAny()).isPresent();
    }

    @Test
    void announcementForAnotherDayOrHostDoesNotCount() {
        saved(visits.announce(VisitAnnouncement.of(holder.id(), ITB, TODAY.plusDays(1), TODAY.plusDays(1), "")));
        saved(visits.announce(VisitAnnouncement.of(holder.id(), UPI, TODAY, TODAY, "")));

        assertThat(scan(card.number().digits(), ITB).verdict()).isEqualTo(Verdict.VALID_NOT_ANNOUNCED_ALLOWED);
    }

    @Test
    void unannouncedVisitorIsRefusedWhereTheHostSaysSo() {
        visits.setHostRule(visits.hostRule(ITB), UnannouncedPolicy.REFUSE);

        assertThat(scan(card.number().digits(), ITB).verdict()).isEqualTo(Verdict.VALID_NOT_ANNOUNCED_REFUSED);
        assertThat(scan(card.number().digits(), UPI).verdict()).isEqualTo(Verdict.VALID_NOT_ANNOUNCED_ALLOWED);
    }

    @Test
    void expiredCardIsRefusedEvenWhenAnnounced() {
        Card old = saved(cards.issue(holder, LocalDate.of(2024, 9, 1), null, Money.ZERO, ""));
        saved(visits.announce(VisitAnnouncement.of(holder.id(), ITB, TODAY, TODAY, "")));

        DeskVerdict verdict = scan(old.number().digits(), ITB);
        assertThat(verdict.verdict()).isEqualTo(Verdict.EXPIRED);
        assertThat(verdict.cardIfKnown()).contains(old);
    }

    @Test
    void revokedAndReplacedCardsAreRefused() {
        Card revoked = saved(cards.revoke(card, TODAY.minusDays(1), "Buku tidak dikembalikan"));
        assertThat(scan(revoked.number().digits(), ITB).verdict()).isEqualTo(Verdict.REVOKED);

        CardHolder other = repository.saveHolder(Holders.student(UNPAD, "180110220002", "Budi Hartono"));
        Card lost = saved(cards.issue(other, LocalDate.of(2025, 9, 1), null, Money.ZERO, ""));
        Card replacement = saved(cards.replaceLost(lost, other, Money.of(15_000), "KW-2", AcademicYear.DEFAULT_END));
        assertThat(replacement.replacesId()).isEqualTo(lost.id());
        assertThat(scan(lost.number().digits(), ITB).verdict()).isEqualTo(Verdict.REPLACED);
        assertThat(scan(replacement.number().digits(), ITB).verdict()).isEqualTo(Verdict.VALID_NOT_ANNOUNCED_ALLOWED);
    }

    @Test
    void aHolderOfASuspendedLibraryIsRefusedWithThatReasonEvenWhenAnnounced() {
        saved(visits.announce(VisitAnnouncement.of(holder.id(), ITB, TODAY, TODAY, "Skripsi")));
        repository.setLibraryStatus(UNPAD, MemberStatus.SUSPENDED);

        DeskVerdict verdict = scan(card.number().digits(), ITB);

        assertThat(verdict.verdict()).isEqualTo(Verdict.HOME_LIBRARY_SUSPENDED);
        assertThat(verdict.verdict().admits()).isFalse();
        assertThat(verdict.holderIfKnown()).contains(holder);
    }

    @Test
    void aHolderOfALibraryThatLeftTheForumIsRefused() {
        repository.setLibraryStatus(UNPAD, MemberStatus.LEFT);

        assertThat(scan(card.number().digits(), ITB).verdict()).isEqualTo(Verdict.HOME_LIBRARY_LEFT);
    }

    @Test
    void aRevokedCardIsSaidToBeRevokedBeforeItsLibrarysStanding() {
        repository.setLibraryStatus(UNPAD, MemberStatus.SUSPENDED);
        Card revoked = saved(cards.revoke(card, TODAY, "Pelanggaran"));

        assertThat(scan(revoked.number().digits(), ITB).verdict()).isEqualTo(Verdict.REVOKED);
    }

    @Test
    void wrongCheckDigitIsReportedAsSuch() {
        String digits = card.number().digits();
        String typo = digits.substring(0, 10) + (char) ('0' + (digits.charAt(10) - '0' + 1) % 10);

        DeskVerdict verdict = scan(typo, ITB);
        assertThat(verdict.verdict()).isEqualTo(Verdict.BAD_CHECK_DIGIT);
        assertThat(verdict.holderIfKnown()).isEmpty();
    }

    @Test
    void wellFormedButNeverIssuedNumberIsUnknown() {
        assertThat(scan(CardNumber.generate(2026, 99, 123).digits(), ITB).verdict()).isEqualTo(Verdict.UNKNOWN_NUMBER);
        assertThat(scan("hello", ITB).verdict()).isEqualTo(Verdict.UNKNOWN_NUMBER);
    }

    @Test
    void scannerWhitespaceAndTypedHyphensAreAccepted() {
        String d = card.number().digits();
        assertThat(scan(" " + d + "\n", ITB).verdict()).isEqualTo(Verdict.VALID_NOT_ANNOUNCED_ALLOWED);
        assertThat(scan(d.substring(0, 2) + "-" + d.substring(2, 5) + "-" + d.substring(5), ITB).verdict())
                .isEqualTo(Verdict.VALID_NOT_ANNOUNCED_ALLOWED);
    }

    @Test
    void everyArrivalIsLoggedWithItsVerdict() {
        DeskVerdict verdict = visits.recordArrival(card.number().digits(), ITB);
        visits.recordArrival("12345", ITB);

        assertThat(verdict.verdict()).isEqualTo(Verdict.VALID_NOT_ANNOUNCED_ALLOWED);
        assertThat(repository.arrivals()).extracting(Arrival::verdict)
                .containsExactly(Verdict.VALID_NOT_ANNOUNCED_ALLOWED, Verdict.UNKNOWN_NUMBER);
        assertThat(repository.arrivals().get(0).cardId()).isEqualTo(card.id());
        assertThat(repository.arrivals().get(1).cardId()).isNull();
        assertThat(repository.arrivals().get(0).arrivedAt()).isEqualTo(TODAY.atTime(9, 0));
    }
}
