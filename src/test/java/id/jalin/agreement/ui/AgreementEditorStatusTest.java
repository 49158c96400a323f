package id.jalin.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementNumber;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.AgreementStatus;
import id.jalin.agreement.domain.Agreements;
import id.jalin.agreement.domain.InMemoryAgreementRepository;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.forum.domain.InMemoryForumProfileRepository;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.QueuedTaskExecutor;
import id.jalin.kernel.validation.SaveResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The editor's status needs the database (warning days, renewals): it is worked out in the background. */
class AgreementEditorStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final InMemoryAgreementRepository agreements = new InMemoryAgreementRepository();
    private final InMemoryForumProfileRepository forum = InMemoryForumProfileRepository.named();
    private final AgreementService service = new AgreementService(agreements, new ForumProfileService(forum, TestPermissions.AS_COORDINATOR),
            Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant(), ZoneId.of("Asia/Jakarta")), TestPermissions.AS_COORDINATOR);
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final AgreementEditorViewModel model = new AgreementEditorViewModel(service, executor,
            new Messages(Language.INDONESIAN), saved -> { });

    private Agreement stored(int sequence, LocalDate start, LocalDate end) {
        Agreement agreement = Agreements.withNumber(Agreements.pks(start, start, end),
                new AgreementNumber(String.format("%03d/PKS/FPPTI-JABAR/I/%d", sequence, start.getYear()),
                        start.getYear(), sequence));
        return ((SaveResult.Saved<Agreement>) service.save(agreement)).value();
    }

    @Test
    void openingAnAgreementReadsNothingOnTheFxThreadAndShowsTheStatusWhenTheWorkIsDone() {
        Agreement expiring = stored(1, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        int readsBefore = forum.loads();

        model.load(expiring);

        assertThat(forum.loads()).as("forum profile read on the calling (FX) thread").isEqualTo(readsBefore);
        assertThat(executor.pending()).isEqualTo(1);
        assertThat(model.statusProperty().get()).isEqualTo(AgreementStatus.DRAFT);

        executor.runAll();

        assertThat(model.statusProperty().get()).isEqualTo(AgreementStatus.EXPIRING);
        assertThat(forum.loads()).isGreaterThan(readsBefore);
    }

    @Test
    void aStatusThatArrivesAfterAnotherAgreementWasOpenedIsDropped() {
        Agreement expiring = stored(1, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
        Agreement active = stored(2, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31));

        model.load(expiring);
        model.load(active);
        executor.runAll();

        assertThat(model.statusProperty().get()).isEqualTo(AgreementStatus.ACTIVE);
    }
}
