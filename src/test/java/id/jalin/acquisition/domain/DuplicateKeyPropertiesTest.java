package id.jalin.acquisition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.MatchRule;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Over random numbers and editions: an ISBN meets itself written as ISBN-10, as ISBN-13 with or without hyphens;
 * the same title of another edition never meets; a wrong check digit never matches by ISBN.
 */
class DuplicateKeyPropertiesTest {
    @Property
    void everyWrittenFormOfOneIsbnMeets(@ForAll @IntRange(min = 0, max = 999_999_999) int body) {
        String thirteen = DemoAcquisition.isbn("978" + String.format("%09d", body));
        ProposalLine plain = Proposals.book(1, 10, thirteen, "Satu");
        ProposalLine hyphens = Proposals.book(2, 20, DemoAcquisition.hyphenated(thirteen), "Dua");
        ProposalLine ten = Proposals.book(3, 30, DemoAcquisition.isbn10(thirteen), "Tiga");

        List<DuplicateFlag> flags = DuplicateCheck.of(List.of(plain, hyphens, ten), List.of(), List.of());

        assertThat(flags).hasSize(6).allSatisfy(flag -> {
            assertThat(flag.rule()).isEqualTo(MatchRule.ISBN);
            assertThat(flag.key()).isEqualTo(thirteen);
        });
    }

    @Property
    void anotherEditionOfTheSameTitleNeverMeets(@ForAll @StringLength(min = 3, max = 40) String title,
                                                @ForAll @IntRange(min = 2, max = 30) int edition) {
        ProposalLine first = Proposals.line(1, 10, "", title, "Hidayat, Asep", 2020, "");
        ProposalLine later = Proposals.line(2, 20, "", title, "Hidayat, Asep", 2020, "Edisi " + edition);

        assertThat(DuplicateCheck.of(List.of(first, later), List.of(), List.of())).isEmpty();
    }

    @Property
    void aWrongCheckDigitNeverMatchesByIsbn(@ForAll @IntRange(min = 0, max = 999_999_999) int body,
                                            @ForAll @IntRange(min = 1, max = 9) int off) {
        String thirteen = DemoAcquisition.isbn("978" + String.format("%09d", body));
        int wrong = (thirteen.charAt(12) - '0' + off) % 10;
        String misprinted = thirteen.substring(0, 12) + wrong;

        assertThat(DuplicateCheck.of(List.of(Proposals.book(1, 10, thirteen, "Satu"),
                Proposals.book(2, 20, misprinted, "Dua")), List.of(), List.of())).isEmpty();
    }
}
