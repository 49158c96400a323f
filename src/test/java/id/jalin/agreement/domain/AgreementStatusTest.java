package id.jalin.agreement.domain;

import static id.jalin.agreement.domain.AgreementStatus.ACTIVE;
import static id.jalin.agreement.domain.AgreementStatus.DRAFT;
import static id.jalin.agreement.domain.AgreementStatus.EXPIRED;
import static id.jalin.agreement.domain.AgreementStatus.EXPIRING;
import static id.jalin.agreement.domain.AgreementStatus.RENEWED;
import static id.jalin.agreement.domain.AgreementStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgreementStatusTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private final Agreement signed = Agreements.pks(LocalDate.of(2024, 12, 20), START, END);

    private AgreementStatus on(Agreement agreement, LocalDate day) {
        return AgreementStatusRule.statusOn(agreement, day, 90, false);
    }

    @Test
    void unsignedIsADraftWhateverTheDates() {
        assertThat(on(Agreements.pks(null, START, END), LocalDate.of(2025, 6, 1))).isEqualTo(DRAFT);
    }

    @Test
    void expiringStartsExactlyWarningDaysBeforeTheEnd() {
        assertThat(on(signed, END.minusDays(91))).isEqualTo(ACTIVE);
        assertThat(on(signed, END.minusDays(90))).isEqualTo(EXPIRING);
    }

    @Test
    void theLastDayIsStillInForceAndTheNextDayIsExpired() {
        assertThat(on(signed, END)).isEqualTo(EXPIRING);
        assertThat(on(signed, END.plusDays(1))).isEqualTo(EXPIRED);
    }

    @Test
    void aSuccessorMakesItRenewed() {
        assertThat(AgreementStatusRule.statusOn(signed, END.plusDays(5), 90, true)).isEqualTo(RENEWED);
        assertThat(AgreementStatusRule.statusOn(signed, END.minusDays(10), 90, true)).isEqualTo(RENEWED);
    }

    @Test
    void terminationCountsFromItsDate() {
        Agreement terminated = signed.withTermination(new Termination(LocalDate.of(2025, 8, 17), "Kampus ditutup"));
        assertThat(on(terminated, LocalDate.of(2025, 5, 1))).isEqualTo(ACTIVE);
        assertThat(on(terminated, LocalDate.of(2025, 8, 16))).as("ends tomorrow").isEqualTo(EXPIRING);
        assertThat(on(terminated, LocalDate.of(2025, 8, 17))).isEqualTo(TERMINATED);
    }

    @Test
    void automaticRenewalRunsOnWithoutNotice() {
        Agreement automatic = Agreements.withRenewal(signed, Renewal.automatic(12, 60), null);
        assertThat(automatic.effectiveEnd(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(on(automatic, LocalDate.of(2027, 3, 1))).isEqualTo(ACTIVE);
        assertThat(automatic.effectiveEnd(LocalDate.of(2029, 1, 1))).isEqualTo(LocalDate.of(2029, 12, 31));
    }

    @Test
    void timelyNoticeStopsAutomaticRenewalAtTheEnd() {
        Agreement noticed = Agreements.withRenewal(signed, Renewal.automatic(12, 60), END.minusDays(60));
        assertThat(noticed.effectiveEnd(LocalDate.of(2027, 3, 1))).isEqualTo(END);
        assertThat(on(noticed, LocalDate.of(2027, 3, 1))).isEqualTo(EXPIRED);
    }

    @Test
    void lateNoticeOnlyStopsTheFollowingPeriod() {
        Agreement late = Agreements.withRenewal(signed, Renewal.automatic(12, 60), END.minusDays(59));
        assertThat(late.effectiveEnd(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(late.effectiveEnd(LocalDate.of(2028, 3, 1))).isEqualTo(LocalDate.of(2027, 12, 31));
    }
}
