package id.jalin.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementRenewalTest {
    @Test
    void renewalStartsTheDayAfterTheEndAndLastsAsLong() {
        Agreement previous = Agreements.pks(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                .withIdentity(7, 0);
        Agreement next = AgreementRenewal.nextPeriod(previous,
                new AgreementNumber("015/PKS/FPPTI-JABAR/XI/2025", 2025, 15), LocalDate.of(2025, 11, 1));

        assertThat(next.startsOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(next.endsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(next.previousId()).isEqualTo(7L);
        assertThat(next.signedOn()).isNull();
        assertThat(next.parties()).isEqualTo(previous.parties());
        assertThat(next.articles()).isEqualTo(previous.articles());
    }

    @Test
    void obligationsMoveWithThePeriodAndStartWithAnEmptyLog() {
        Agreement previous = Agreements.pks(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))
                .withObligations(List.of(new Obligation(3L, 2, "Laporan tahunan", "Annual report", Recurrence.YEARLY,
                        LocalDate.of(2024, 12, 31), List.of(new Fulfilment(1L, LocalDate.of(2024, 12, 20), "", "S",
                        java.time.LocalDateTime.of(2024, 12, 20, 10, 0))))))
                .withIdentity(7, 0);

        Agreement next = AgreementRenewal.nextPeriod(previous, new AgreementNumber("x", 2025, 1), LocalDate.of(2025, 11, 1));

        assertThat(next.obligations()).singleElement().satisfies(o -> {
            assertThat(o.id()).isNull();
            assertThat(o.firstDueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(o.fulfilments()).isEmpty();
        });
    }

    @Test
    void renewalChainKeepsEveryPeriodAndMarksTheOldOnesRenewed() {
        var repository = new InMemoryAgreementRepository();
        var service = new AgreementService(repository, new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR), TestClock.on(LocalDate.of(2025, 11, 24)), TestPermissions.AS_COORDINATOR);
        Agreement first = saved(service.save(Agreements.pks(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31))));

        Agreement second = signed(saved(service.renew(first)), service);
        Agreement third = saved(service.renew(second));

        assertThat(third.previousId()).isEqualTo(second.id());
        assertThat(second.previousId()).isEqualTo(first.id());
        assertThat(third.startsOn()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(service.status(first)).isEqualTo(AgreementStatus.RENEWED);
        assertThat(service.status(second)).isEqualTo(AgreementStatus.RENEWED);
        assertThat(service.status(third)).isEqualTo(AgreementStatus.DRAFT);
        assertThat(service.summaries()).hasSize(3);
        assertThat(third.number().text()).isEqualTo("002/PKS/FPPTI-JABAR/XI/2025");
    }

    private static Agreement signed(Agreement draft, AgreementService service) {
        Agreement a = draft;
        return saved(service.save(new Agreement(a.id(), a.version(), a.kind(), a.number(), a.titleId(), a.titleEn(),
                a.type(), a.forms(), LocalDate.of(2025, 11, 24), a.startsOn(), a.endsOn(), a.renewal(), null, null,
                a.previousId(), a.notes(), a.parties(), a.articles(), a.obligations())));
    }

    private static Agreement saved(SaveResult<Agreement> outcome) {
        assertThat(outcome).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<Agreement>) outcome).value();
    }
}
