package id.jalin.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.AgreementRepository;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.InMemoryAgreementRepository;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BrokenConnection;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.kernel.task.RecordedFailures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agreement list, when the database cannot be read: the failure dialog is shown. */
class BackgroundFailureTest {
    private final AgreementService service = new AgreementService(BrokenConnection.breaking(AgreementRepository.class,
            new InMemoryAgreementRepository(), Set.of("*")),
            new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR),
            Clock.fixed(Instant.parse("2025-03-10T08:00:00Z"),
            ZoneOffset.UTC), TestPermissions.AS_COORDINATOR);
    private final RecordedFailures failures = new RecordedFailures();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(failures);
    private final Messages messages = new Messages(Language.ENGLISH);

    @Test
    void anAgreementListThatCannotBeReadIsShownNotLeftEmptyInSilence() {
        AgreementListViewModel list = new AgreementListViewModel(service, executor, messages);

        list.reload();

        assertThat(list.rows()).isEmpty();
        assertThat(failures.shown()).extracting(RecordedFailures.Shown::actionTitle)
                .containsExactly("Loading the agreements");
    }
}
