package id.jalin.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.validation.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    private static List<String> keys(Agreement agreement) {
        return AgreementRules.validate(agreement).errors().stream().map(FieldError::messageKey).toList();
    }

    @Test
    void aCompleteAgreementIsValid() {
        assertThat(AgreementRules.validate(Agreements.pks(null, START, END)).isValid()).isTrue();
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThat(keys(Agreements.pks(null, END, START))).contains("agreement.error.endBeforeStart");
    }

    @Test
    void fewerThanTwoPartiesIsRefused() {
        assertThat(keys(Agreements.withParties(Agreements.pks(null, START, END), List.of(Agreements.unpad()))))
                .contains("agreement.error.parties.tooFew");
    }

    @Test
    void theSamePartyTwiceIsRefused() {
        assertThat(keys(Agreements.withParties(Agreements.pks(null, START, END),
                List.of(Agreements.unpad(), Agreements.itb(), Agreements.unpad()))))
                .contains("agreement.error.party.twice");
    }

    @Test
    void aPartyWithoutSignatoryIsRefused() {
        Party unsigned = Party.outsideBody("Bank Indonesia", "", "", "Bandung");
        assertThat(keys(Agreements.withParties(Agreements.pks(null, START, END), List.of(Agreements.unpad(), unsigned))))
                .contains("agreement.error.party.signatory");
    }

    @Test
    void obligationDueOutsideThePeriodIsRefused() {
        Agreement agreement = Agreements.pks(null, START, END)
                .withObligations(List.of(Obligation.once(2, "Kirim laporan", "", END.plusDays(1))));
        assertThat(keys(agreement)).contains("agreement.error.obligation.outsidePeriod");
    }

    @Test
    void obligationOfAPartyThatIsNotThereIsRefused() {
        Agreement agreement = Agreements.pks(null, START, END)
                .withObligations(List.of(Obligation.once(3, "Kirim laporan", "", START.plusDays(10))));
        assertThat(keys(agreement)).contains("agreement.error.obligation.party");
    }

    @Test
    void numberAlreadyUsedIsRefusedByTheService() {
        var repository = new InMemoryAgreementRepository();
        var service = new AgreementService(repository, new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR), TestClock.on(START), TestPermissions.AS_COORDINATOR);
        service.save(Agreements.pks(null, START, END));

        var second = service.check(Agreements.pks(null, START, END));

        assertThat(second.errorFor("number")).hasValueSatisfying(e ->
                assertThat(e.messageKey()).isEqualTo("agreement.error.number.taken"));
    }
}
