package id.jalin.crossservice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Card prefixes: assigned on a library's first card, set by hand only before any card carries them. */
class CardPrefixServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final long UNPAD = 7;
    private static final long UNSIL = 1200;

    private final InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
    private final CardPrefixService prefixes = new CardPrefixService(repository, TestPermissions.AS_COORDINATOR);
    private final CardService cards = new CardService(repository, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);

    private static <T> T saved(SaveResult<T> outcome) {
        assertThat(outcome).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) outcome).value();
    }

    private String errorKey(Validation validation) {
        return validation.errorFor(CardPrefixService.FIELD).orElseThrow().messageKey();
    }

    private Card issueTo(long library, String number) {
        CardHolder holder = repository.saveHolder(Holders.student(library, number, "Dewi Lestari"));
        return saved(cards.issue(holder, TODAY, null, Money.ZERO, ""));
    }

    @Test
    void aLibraryWithRegisterId1200GetsTheNextFreePrefixWithItsFirstCard() {
        saved(prefixes.set(UNPAD, null, "1"));

        Card card = issueTo(UNSIL, "217006001");

        assertThat(card.number().grouped()).startsWith("26 002 00001");
        assertThat(prefixes.prefixes()).extracting(CardPrefix::libraryId, CardPrefix::prefix)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UNPAD, 1), org.assertj.core.groups.Tuple.tuple(UNSIL, 2));
        assertThat(prefixes.nextFree()).hasValue(3);
    }

    @Test
    void typedPrefixesAreOneToThreeDigitsFrom1To999() {
        assertThat(CardPrefixService.parse(" 007 ")).hasValue(7);
        assertThat(errorKey(prefixes.check(UNPAD, "0"))).isEqualTo("card.prefix.error.format");
        assertThat(errorKey(prefixes.check(UNPAD, "1000"))).isEqualTo("card.prefix.error.format");
        assertThat(errorKey(prefixes.check(UNPAD, "12a"))).isEqualTo("card.prefix.error.format");
        assertThat(errorKey(prefixes.check(UNPAD, ""))).isEqualTo("card.prefix.error.format");
        assertThat(prefixes.check(UNPAD, "999").isValid()).isTrue();
    }

    @Test
    void aPrefixAnotherLibraryHoldsIsRefused() {
        saved(prefixes.set(UNPAD, null, "12"));

        Validation validation = prefixes.check(UNSIL, "012");

        assertThat(errorKey(validation)).isEqualTo("card.prefix.error.taken");
        assertThat(validation.errorFor(CardPrefixService.FIELD).orElseThrow().args()).containsExactly("012");
        // keeping one's own prefix is no clash
        assertThat(prefixes.check(UNPAD, "12").isValid()).isTrue();
    }

    @Test
    void aPrefixCannotChangeOnceACardCarriesIt() {
        CardPrefix set = saved(prefixes.set(UNPAD, null, "40"));
        assertThat(saved(prefixes.set(UNPAD, set.version(), "41")).prefix()).isEqualTo(41);

        issueTo(UNPAD, "180110220001");

        SaveResult<CardPrefix> refused = prefixes.set(UNPAD, set.version() + 1, "42");
        assertThat(refused).isInstanceOfSatisfying(SaveResult.Invalid.class,
                invalid -> assertThat(errorKey(invalid.validation())).isEqualTo("card.prefix.error.hasCards"));
        assertThat(prefixes.prefixes()).singleElement().satisfies(p -> {
            assertThat(p.prefix()).isEqualTo(41);
            assertThat(p.hasCards()).isTrue();
        });
    }
}
