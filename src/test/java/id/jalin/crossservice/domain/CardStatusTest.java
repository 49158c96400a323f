package id.jalin.crossservice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class CardStatusTest {
    private static final LocalDate ISSUED = LocalDate.of(2025, 9, 15);
    private final Card card = Card.issue(1, CardNumber.generate(2025, 1, 1), ISSUED, LocalDate.of(2026, 8, 31),
            Money.of(25_000), "KW-001");

    @Test
    void cardIsActiveThroughItsLastDayAndExpiredTheDayAfter() {
        assertThat(card.statusOn(ISSUED)).isEqualTo(CardStatus.ACTIVE);
        assertThat(card.statusOn(LocalDate.of(2026, 8, 31))).isEqualTo(CardStatus.ACTIVE);
        assertThat(card.statusOn(LocalDate.of(2026, 9, 1))).isEqualTo(CardStatus.EXPIRED);
    }

    @Test
    void revocationCountsFromItsDate() {
        Card revoked = card.withEnding(new CardEnding(CardEnding.Kind.REVOKED, LocalDate.of(2026, 3, 10), "Pelanggaran tata tertib"));
        assertThat(revoked.statusOn(LocalDate.of(2026, 3, 9))).isEqualTo(CardStatus.ACTIVE);
        assertThat(revoked.statusOn(LocalDate.of(2026, 3, 10))).isEqualTo(CardStatus.REVOKED);
        assertThat(revoked.statusOn(LocalDate.of(2026, 10, 1))).isEqualTo(CardStatus.REVOKED);
    }

    @Test
    void replacedCardSaysReplaced() {
        Card lost = card.withEnding(new CardEnding(CardEnding.Kind.REPLACED, LocalDate.of(2026, 1, 5), ""));
        assertThat(lost.statusOn(LocalDate.of(2026, 1, 5))).isEqualTo(CardStatus.REPLACED);
    }

    @Test
    void academicYearEndsOnTheComingThirtyFirstOfAugust() {
        assertThat(AcademicYear.endOf(LocalDate.of(2025, 9, 1))).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(AcademicYear.endOf(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(AcademicYear.endOf(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(AcademicYear.endOf(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(AcademicYear.endOf(LocalDate.of(2026, 9, 1), MonthDay.of(7, 31))).isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    void validUntilBeforeIssueIsRefused() {
        Card backwards = Card.issue(1, CardNumber.generate(2025, 1, 2), ISSUED, ISSUED.minusDays(1), Money.ZERO, "");
        assertThat(CardRules.validate(backwards).errorFor("validUntil")).get()
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("card.error.validUntil.beforeIssue"));
        assertThat(CardRules.validate(card).isValid()).isTrue();
    }

    @Test
    void paidFeeNeedsAReceipt() {
        Card unreceipted = Card.issue(1, CardNumber.generate(2025, 1, 3), ISSUED, ISSUED, Money.of(25_000), " ");
        assertThat(CardRules.validate(unreceipted).errorFor("receiptNumber")).isPresent();
    }
}
