package id.jalin.acquisition.domain;

import static id.jalin.acquisition.domain.Proposals.ISBN10;
import static id.jalin.acquisition.domain.Proposals.ISBN13;
import static id.jalin.acquisition.domain.Proposals.book;
import static id.jalin.acquisition.domain.Proposals.line;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.MatchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duplicates found by the catalogue's keys in every planted form (ISBN-10 against ISBN-13, hyphens, a title-only
 * proposal differing in case and punctuation), and the different edition that must not match.
 */
class DuplicateCheckTest {
    @Test
    void anIsbnTenMeetsTheSameNumberWrittenAsIsbnThirteenWithHyphens() {
        List<DuplicateFlag> flags = DuplicateCheck.of(List.of(book(1, 10, ISBN10, "Pengantar statistika"),
                book(2, 20, ISBN13, "Pengantar statistika")), List.of(), List.of());

        assertThat(flags).extracting(DuplicateFlag::lineId, DuplicateFlag::kind, DuplicateFlag::memberId,
                        DuplicateFlag::otherLineId, DuplicateFlag::rule, DuplicateFlag::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, FlagKind.SAME_ROUND, 20L, 2L, MatchRule.ISBN,
                                "9780306406157"),
                        org.assertj.core.groups.Tuple.tuple(2L, FlagKind.SAME_ROUND, 10L, 1L, MatchRule.ISBN,
                                "9780306406157"));
    }

    @Test
    void aTitleOnlyProposalMeetsByTheTitleKeyWhateverTheCaseAndPunctuation() {
        List<DuplicateFlag> flags = DuplicateCheck.of(List.of(
                line(1, 10, "", "Hukum & Masyarakat: sebuah pengantar", "Soekanto, Soerjono", 2019, ""),
                line(2, 20, "", "HUKUM DAN MASYARAKAT -- Sebuah Pengantar", "SOEKANTO, Soerjono.", 2019, "")),
                List.of(), List.of());

        assertThat(flags).hasSize(2).allSatisfy(flag -> assertThat(flag.rule()).isEqualTo(MatchRule.TITLE_KEY));
    }

    @Test
    void aDifferentEditionIsAnotherTitleButAReprintIsTheSame() {
        ProposalLine first = line(1, 10, "", "Dasar-dasar katalogisasi", "Hidayat, Asep", 2020, "");
        ProposalLine second = line(2, 20, "", "Dasar-dasar katalogisasi", "Hidayat, Asep", 2020, "Edisi 2");
        ProposalLine reprint = line(3, 30, "", "Dasar-dasar katalogisasi", "Hidayat, Asep", 2020, "Cet. 3");

        assertThat(DuplicateCheck.of(List.of(first, second), List.of(), List.of())).isEmpty();
        assertThat(DuplicateCheck.of(List.of(first, reprint), List.of(), List.of())).hasSize(2);
    }

    @Test
    void heldCopiesAreFlaggedWithTheRecordTheMemberAndTheKey() {
        HeldMatch held = new HeldMatch(1, 501, 77, 30, "b-1", "Pengantar ilmu perpustakaan", 3, "020 SUL p",
                MatchRule.ISBN, "9780306406157");
        List<DuplicateFlag> flags = DuplicateCheck.of(List.of(book(1, 10, "", "Lain"), book(2, 10, ISBN13,
                "Pengantar ilmu perpustakaan")), List.of(held), List.of());

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.lineId()).isEqualTo(2);
            assertThat(flag.kind()).isEqualTo(FlagKind.HELD_BY_MEMBER);
            assertThat(flag.memberId()).isEqualTo(30);
            assertThat(flag.recordId()).isEqualTo(501);
            assertThat(flag.copies()).isEqualTo(3);
            assertThat(flag.key()).isEqualTo("9780306406157");
        });
    }

    @Test
    void anEarlierRoundsOrderIsFlaggedWithThatRoundAndLine() {
        ProposalLine ordered = new ProposalLine(90L, 3, 40, new Title(ISBN10, "Pengantar statistika", "", "", null,
                ""), ItemFormat.PRINT, false, "", id.jalin.kernel.money.Money.of(1), 4, 1, "", Decision.ACCEPTED, "", 4, 3);
        List<DuplicateFlag> flags = DuplicateCheck.of(List.of(book(1, 10, ISBN13, "Pengantar statistika")),
                List.of(), List.of(new EarlierOrder(ordered, "Pengadaan 2025")));

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.EARLIER_ORDER);
            assertThat(flag.otherRoundId()).isEqualTo(3);
            assertThat(flag.otherRoundName()).isEqualTo("Pengadaan 2025");
            assertThat(flag.otherLineId()).isEqualTo(90);
            assertThat(flag.copies()).isEqualTo(4);
        });
    }

    @Test
    void aDroppedLineNeitherGetsNorGivesFlags() {
        ProposalLine dropped = book(2, 20, ISBN13, "Pengantar statistika").decided(Decision.DROPPED, "Sudah ada");
        HeldMatch held = new HeldMatch(1, 501, 77, 30, "b-1", "x", 1, "", MatchRule.ISBN, "9780306406157");

        assertThat(DuplicateCheck.of(List.of(book(1, 10, ISBN13, "Pengantar statistika"), dropped), List.of(held),
                List.of())).isEmpty();
    }

    @Test
    void anIsbnWithABadCheckDigitMatchesNothingByIsbn() {
        assertThat(DuplicateCheck.of(List.of(line(1, 10, "978-0-306-40615-8", "Satu", "", null, ""),
                line(2, 20, ISBN13, "Dua", "", null, "")), List.of(), List.of())).isEmpty();
    }
}
