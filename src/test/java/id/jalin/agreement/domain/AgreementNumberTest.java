package id.jalin.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.TestPermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgreementNumberTest {
    @Test
    void numberFollowsTheIndonesianLetterStyle() {
        AgreementNumber number = AgreementNumber.generate(12, AgreementKind.PKS, "FPPTI-JABAR", LocalDate.of(2026, 11, 24));
        assertThat(number.text()).isEqualTo("012/PKS/FPPTI-JABAR/XI/2026");
        assertThat(number.year()).isEqualTo(2026);
        assertThat(number.sequence()).isEqualTo(12);
    }

    @Test
    void monthsAreRomanNumerals() {
        assertThat(id.jalin.forum.domain.LetterNumbering.romanMonth(1)).isEqualTo("I");
        assertThat(id.jalin.forum.domain.LetterNumbering.romanMonth(4)).isEqualTo("IV");
        assertThat(id.jalin.forum.domain.LetterNumbering.romanMonth(9)).isEqualTo("IX");
        assertThat(id.jalin.forum.domain.LetterNumbering.romanMonth(12)).isEqualTo("XII");
        assertThatThrownBy(() -> id.jalin.forum.domain.LetterNumbering.romanMonth(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mouIsWrittenMoU() {
        assertThat(AgreementNumber.generate(3, AgreementKind.MOU, "FPPTI-JABAR", LocalDate.of(2027, 1, 2)).text())
                .isEqualTo("003/MoU/FPPTI-JABAR/I/2027");
    }

    @Test
    void runningNumberRestartsEachYearAndCountsPerKind() {
        var repository = new InMemoryAgreementRepository();
        var service = new AgreementService(repository, new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR), TestClock.on(LocalDate.of(2026, 12, 30)), TestPermissions.AS_COORDINATOR);
        repository.save(Agreements.withNumber(Agreements.pks(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                new AgreementNumber("007/PKS/FPPTI-JABAR/XII/2026", 2026, 7)));

        assertThat(service.nextNumber(AgreementKind.PKS, LocalDate.of(2026, 12, 30)).text())
                .isEqualTo("008/PKS/FPPTI-JABAR/XII/2026");
        assertThat(service.nextNumber(AgreementKind.MOU, LocalDate.of(2026, 12, 30)).text())
                .isEqualTo("001/MoU/FPPTI-JABAR/XII/2026");
        assertThat(service.nextNumber(AgreementKind.PKS, LocalDate.of(2027, 1, 4)).text())
                .isEqualTo("001/PKS/FPPTI-JABAR/I/2027");
    }
}
