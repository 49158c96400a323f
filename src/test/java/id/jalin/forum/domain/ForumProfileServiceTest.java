package id.jalin.forum.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import org.junit.jupiter.api.Test;

class ForumProfileServiceTest {
    private final InMemoryForumProfileRepository repository = InMemoryForumProfileRepository.unnamed();
    private final ForumProfileService service = new ForumProfileService(repository, TestPermissions.AS_COORDINATOR);

    @Test
    void forumWithoutANameIsRefusedOnTheNameField() {
        SaveResult<ForumProfile> outcome = service.save(service.profile().named("  ", "FPKP", ""));

        assertThat(outcome).isInstanceOfSatisfying(SaveResult.Invalid.class, invalid ->
                assertThat(invalid.validation().errors()).extracting(FieldError::field).containsExactly("name"));
        assertThat(repository.saves()).isZero();
        assertThat(service.profile().isNamed()).isFalse();
    }

    @Test
    void nameAloneIsEnoughAndTheCodeIsStoredInCapitals() {
        service.save(service.profile().named("Forum Perpustakaan Kampus Priangan", "", ""));
        ForumProfile withCode = ((SaveResult.Saved<ForumProfile>) service.save(
                service.profile().named("Forum Perpustakaan Kampus Priangan", "fpkp-tsm", "Jl. Siliwangi 24"))).value();

        assertThat(withCode.isNamed()).isTrue();
        assertThat(withCode.code()).isEqualTo("FPKP-TSM");
        assertThat(service.profile().address()).isEqualTo("Jl. Siliwangi 24");
    }

    @Test
    void codeThatCannotStandInAnAgreementNumberIsRefusedOnTheCodeField() {
        SaveResult<ForumProfile> outcome = service.save(service.profile().named("Forum Priangan", "FP/KP", ""));

        assertThat(outcome).isInstanceOfSatisfying(SaveResult.Invalid.class, invalid ->
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
