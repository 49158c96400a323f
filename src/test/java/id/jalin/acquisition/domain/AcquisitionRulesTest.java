package id.jalin.acquisition.domain;

import static id.jalin.acquisition.domain.Proposals.TODAY;
import static id.jalin.acquisition.domain.Proposals.book;
import static id.jalin.acquisition.domain.Proposals.round;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bad input the issue names, each refused with its own reason on its own field. */
class AcquisitionRulesTest {
    private static final Map<Long, AcquisitionMember> REGISTER = Map.of(
            10L, new AcquisitionMember(10, "ITB", "Perpustakaan ITB", true),
            20L, new AcquisitionMember(20, "UNPAD", "Perpustakaan Unpad", true),
            30L, new AcquisitionMember(30, "OLD", "Perpustakaan Lama", false));

    @Test
    void aValidRoundAndLinePass() {
        assertThat(AcquisitionRules.round(round(10, 10L, 20L), REGISTER, TODAY).isValid()).isTrue();
        assertThat(AcquisitionRules.proposal(book(1, 10, Proposals.ISBN13, "Statistika"), round(10, 10L, 20L), TODAY)
                .isValid()).isTrue();
    }

    @Test
    void percentagesThatDoNotAddUpToAHundredAreRefusedWithTheirSum() {
        PurchaseRound round = withRule(SplitRule.FIXED_PERCENT, Map.of(10L, 3333L, 20L, 6666L));

        assertThat(errors(AcquisitionRules.round(round, REGISTER, TODAY)))
                .containsExactly(FieldError.of("participants", "acquisition.error.percentSum",
                        new BigDecimal("99.99")));
        assertThat(AcquisitionRules.round(withRule(SplitRule.FIXED_PERCENT, Map.of(10L, 3334L, 20L, 6666L)),
                REGISTER, TODAY).isValid()).isTrue();
    }

    @Test
    void weightsBelowOneAreRefused() {
        assertThat(keys(AcquisitionRules.round(withRule(SplitRule.WEIGHTED, Map.of(10L, 0L, 20L, 5L)), REGISTER,
                TODAY))).containsExactly("acquisition.error.weight");
    }

    @Test
    void aNewRoundNeedsANameABudgetAFutureDeadlineAndActiveParticipants() {
        PurchaseRound round = new PurchaseRound(null, " ", 99, Money.of(0), TODAY.minusDays(1), RoundStatus.OPEN,
                SplitRule.EQUAL, Map.of(30L, 1L), Money.of(-5), "", 0);

        assertThat(keys(AcquisitionRules.round(round, REGISTER, TODAY))).containsExactlyInAnyOrder(
                "acquisition.error.name", "acquisition.error.coordinator", "acquisition.error.budget",
                "acquisition.error.cap", "acquisition.error.deadlinePast", "acquisition.error.participantUnknown");
    }

    @Test
    void aProposalAfterTheDeadlineOrInAClosedRoundIsRefused() {
        ProposalLine line = book(1, 10, "", "Statistika");

        assertThat(keys(AcquisitionRules.proposal(line, round(10, 10L), TODAY.plusDays(15))))
                .containsExactly("acquisition.error.pastDeadline");
        assertThat(keys(AcquisitionRules.proposal(line, round(10, 10L), TODAY.plusDays(14)))).isEmpty();
        assertThat(keys(AcquisitionRules.proposal(line, round(10, 10L).withStatus(RoundStatus.CLOSED), TODAY)))
                .containsExactly("acquisition.error.roundNotOpen");
    }

    @Test
    void aMemberNotTakingPartMayNotPropose() {
        assertThat(keys(AcquisitionRules.proposal(book(1, 20, "", "Statistika"), round(10, 10L), TODAY)))
                .containsExactly("acquisition.error.notParticipant");
    }

    @Test
    void negativePricesZeroCopiesAndBadIsbnsAreRefusedNotFixed() {
        ProposalLine line = new ProposalLine(null, 7, 10, new Title("978-0-306-40615-8", "", "", "", 1200, ""),
                ItemFormat.PRINT, false, "", Money.of(-1), 0, 0, "", Decision.PENDING, "", 0, 0);

        assertThat(keys(AcquisitionRules.line(line))).containsExactlyInAnyOrder("acquisition.error.title",
                "acquisition.error.isbnCheckDigit", "acquisition.error.year", "acquisition.error.priceNegative",
                "acquisition.error.copies", "acquisition.error.priority");
        assertThat(keys(AcquisitionRules.line(withIsbn(line, "not an isbn")))).contains("acquisition.error.isbn");
        assertThat(keys(AcquisitionRules.line(withIsbn(book(1, 10, "", "Statistika"), Proposals.ISBN10)))).isEmpty();
    }

    @Test
    void aLineCostingMoreThanATrillionIsATypingSlip() {
        ProposalLine line = new ProposalLine(null, 7, 10, new Title("", "Basis data", "", "", null, ""),
                ItemFormat.DATABASE, true, "", Money.of(600_000_000_000L), 2, 1, "", Decision.PENDING, "", 0, 0);

        assertThat(keys(AcquisitionRules.line(line))).containsExactly("acquisition.error.priceLarge");
    }

    private static ProposalLine withIsbn(ProposalLine line, String isbn) {
        Title t = line.title();
        return new ProposalLine(line.id(), line.roundId(), line.memberId(), new Title(isbn, t.title(), t.author(),
                t.publisher(), t.year(), t.edition()), line.format(), line.sharedForAll(), line.vendor(),
                line.unitPrice(), line.copies(), line.priority(), line.justification(), line.decision(),
                line.decisionReason(), line.receivedCopies(), line.version());
    }

    private static PurchaseRound withRule(SplitRule rule, Map<Long, Long> participants) {
        PurchaseRound base = round(10);
        return new PurchaseRound(null, base.name(), 10, base.budget(), base.deadline(), RoundStatus.OPEN, rule,
                participants, null, "", 0);
    }

    private static List<FieldError> errors(Validation validation) {
        return validation.errors();
    }

    private static List<String> keys(Validation validation) {
        return validation.errors().stream().map(FieldError::messageKey).toList();
    }
}
