package id.jalin.crossservice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** A lost card's replacement: new number, linked to the lost card, valid to the configured academic-year end. */
class CardReplacementTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
    private final CardService cards = new CardService(repository, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);

    private static <T> T saved(SaveResult<T> outcome) {
        assertThat(outcome).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) outcome).value();
    }

    @Test
    void theReplacementRunsToTheAcademicYearEndTheForumConfigured() {
        CardHolder holder = repository.saveHolder(Holders.student(3, "2101234", "Dewi Lestari"));
        Card lost = saved(cards.issue(holder, LocalDate.of(2025, 9, 1), null, Money.ZERO, ""));

        Card replacement = saved(cards.replaceLost(lost, holder, Money.of(10_000), "KW-2", MonthDay.of(7, 15)));

        assertThat(lost.validUntil()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(replacement.validUntil()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(replacement.issuedOn()).isEqualTo(TODAY);
        assertThat(replacement.replacesId()).isEqualTo(lost.id());
        assertThat(replacement.number()).isNotEqualTo(lost.number());
    }

    @Test
    void aReplacementAfterTheConfiguredEndRunsToTheNextOne() {
        CardHolder holder = repository.saveHolder(Holders.student(3, "2101234", "Dewi Lestari"));
        Card lost = saved(cards.issue(holder, LocalDate.of(2026, 1, 5), null, Money.ZERO, ""));

        Card replacement = saved(cards.replaceLost(lost, holder, Money.ZERO, "", MonthDay.of(2, 28)));

        assertThat(replacement.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    }
}
