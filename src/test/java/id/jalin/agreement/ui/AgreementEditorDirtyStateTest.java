package id.jalin.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.AgreementKind;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.InMemoryAgreementRepository;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the agreement editor holds typing that is not stored, and what Discard does with it. */
class AgreementEditorDirtyStateTest {
    private final AgreementService service = new AgreementService(new InMemoryAgreementRepository(),
            new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR),
            java.time.Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                    java.time.ZoneOffset.UTC), TestPermissions.AS_COORDINATOR);
    private final AgreementEditorViewModel editor = new AgreementEditorViewModel(service,
            new CurrentThreadTaskExecutor(), new Messages(Language.INDONESIAN), saved -> { });

    @Test
    void aNewAgreementWithItsProposedNumberIsClean() {
        editor.startNew(AgreementKind.PKS);

        assertThat(editor.number.get()).isNotBlank();
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void typingATitleIsAChangeThatDiscardThrowsAway() {
        editor.startNew(AgreementKind.PKS);
        String proposed = editor.number.get();

        editor.titleId.set("Kerja sama layanan silang");
        assertThat(editor.isDirty()).isTrue();

        editor.discard();

        assertThat(editor.titleId.get()).isEmpty();
        assertThat(editor.number.get()).isEqualTo(proposed);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void choosingACooperationFormIsAChange() {
        editor.startNew(AgreementKind.PKS);

        editor.forms.values().iterator().next().set(true);

        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    void refusedSaveForgetsTheNextStep() {
        editor.startNew(AgreementKind.PKS);
        editor.renewalKind.set(id.jalin.agreement.domain.RenewalKind.AUTOMATIC);
        editor.renewalMonths.set("dua belas");
        List<String> steps = new ArrayList<>();

        editor.save(() -> steps.add("next"));

        assertThat(steps).isEmpty();
        assertThat(editor.errors()).containsKey("renewalMonths");
        assertThat(editor.isDirty()).isTrue();
    }
}
