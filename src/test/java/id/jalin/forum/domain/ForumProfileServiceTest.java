package id.jalin.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.Outcome;
import org.junit.jupiter.api.Test;

class ForumProfileServiceTest {
    private final InMemoryForumProfileRepository repository = InMemoryForumProfileRepository.unnamed();
    private final ForumProfileService service = new ForumProfileService(repository);

    @Test
    void forumWithoutANameIsRefusedOnTheNameField() {
        Outcome<ForumProfile> outcome = service.save(service.profile().named("  ", "FPKP", ""));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class, invalid ->
                assertThat(invalid.validation().errors()).extracting(FieldError::field).containsExactly("name"));
        assertThat(repository.saves()).isZero();
        assertThat(service.profile().isNamed()).isFalse();
    }

    @Test
    void nameAloneIsEnoughAndTheCodeIsStoredInCapitals() {
        service.save(service.profile().named("Forum Perpustakaan Kampus Priangan", "", ""));
        ForumProfile withCode = ((Outcome.Saved<ForumProfile>) service.save(
                service.profile().named("Forum Perpustakaan Kampus Priangan", "fpkp-tsm", "Jl. Siliwangi 24"))).value();

        assertThat(withCode.isNamed()).isTrue();
        assertThat(withCode.code()).isEqualTo("FPKP-TSM");
        assertThat(service.profile().address()).isEqualTo("Jl. Siliwangi 24");
    }

    @Test
    void codeThatCannotStandInAnAgreementNumberIsRefusedOnTheCodeField() {
        Outcome<ForumProfile> outcome = service.save(service.profile().named("Forum Priangan", "FP/KP", ""));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class, invalid ->
                assertThat(invalid.validation().errors()).extracting(FieldError::field).containsExactly("code"));
    }

    @Test
    void demoProfileNamesOnlyAForumWithoutAName() {
        DemoForumProfile.fillIfUnnamed(service);
        assertThat(service.profile().name()).isEqualTo(DemoForumProfile.NAME);

        service.save(service.profile().named("Forum Perpustakaan Kampus Priangan", "FPKP", ""));
        DemoForumProfile.fillIfUnnamed(service);

        assertThat(service.profile().name()).isEqualTo("Forum Perpustakaan Kampus Priangan");
    }
}
