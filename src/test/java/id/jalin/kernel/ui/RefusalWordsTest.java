package id.jalin.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.FieldError;
import id.jalin.loan.domain.LoanAction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal reaches the reader with its enum arguments as labels and its dates for the language. */
class RefusalWordsTest {
    private final RefusalWords english = new RefusalWords(new Messages(Language.ENGLISH));

    @Test
    void anEnumArgumentIsShownByItsLabel() {
        assertThat(english.error(FieldError.of("step", "loan.refused.not_now", LoanAction.WILL_SUPPLY, "Shipped")))
                .isEqualTo("\u201cWill supply\u201d cannot be done while the request is \u201cShipped\u201d.");
    }

    @Test
    void datesAreShownForTheLanguage() {
        String shown = english.error(FieldError.of("due", "loan.refused.due_before_ship", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3)));

        assertThat(shown).isEqualTo("The due date " + new Messages(Language.ENGLISH).date(LocalDate.of(2026, 12, 1))
                + " must be after the ship date " + new Messages(Language.ENGLISH).date(LocalDate.of(2026, 12, 3))
                + ".");
    }

    @Test
    void twoRefusalsOfOneFieldStandOnLinesOfTheirOwn() {
        var byField = english.byField(List.of(FieldError.of("title", "loan.error.title"),
                FieldError.of("title", "loan.error.too_long", 300), FieldError.of("patron", "loan.error.patron_name")));

        assertThat(byField).containsEntry("title", "Enter the title asked for.\nAt most 300 characters.")
                .containsEntry("patron", "Enter the user\u2019s name.").hasSize(2);
    }

    @Test
    void aFeatureShowsItsOwnArgumentsFirst() {
        RefusalWords words = new RefusalWords(new Messages(Language.ENGLISH),
                argument -> "SHIPPED".equals(argument) ? "Shipped" : argument);

        assertThat(words.error(FieldError.of("step", "loan.refused.not_now", LoanAction.WILL_SUPPLY, "SHIPPED")))
                .endsWith("while the request is \u201cShipped\u201d.");
    }
}
