package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.AgreementRepository;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.InMemoryAgreementRepository;
import id.jalin.agreement.ui.AgreementAttention;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BrokenConnection;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.kernel.task.RecordedFailures;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The start screen's list, read source by source: one source that cannot be read is reported in words under its own
 * title, and the others' lines still arrive; the list learns once that every source has answered.
 */
class AttentionPanelTest {
    private final RecordedFailures failures = new RecordedFailures();
    private final Messages messages = new Messages(Language.ENGLISH);

    @Test
    void aSourceThatCannotBeReadIsReportedAndTheOthersStillShow() {
        AgreementService broken = new AgreementService(BrokenConnection.breaking(AgreementRepository.class,
                new InMemoryAgreementRepository(), Set.of("*")), new id.jalin.forum.domain.ForumProfileService(
                id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR),
                Clock.fixed(Instant.parse("2025-03-10T08:00:00Z"), ZoneOffset.UTC), TestPermissions.AS_COORDINATOR);
        AttentionLine due = new AttentionLine(LocalDate.of(2025, 3, 12), "Training starts", "Cataloguing workshop", "",
                false, () -> { });
        AttentionSource working = AttentionSource.of("training.ui.task.reminders", words -> List.of(due));
        AttentionPanel panel = new AttentionPanel(List.of(AgreementAttention.of(broken, id -> { }), working),
                new CurrentThreadTaskExecutor(failures));
        List<AttentionLine> shown = new ArrayList<>();
        AtomicInteger answered = new AtomicInteger();

        panel.read(messages, shown::addAll, answered::incrementAndGet);

        assertThat(failures.shown()).extracting(RecordedFailures.Shown::actionTitle)
                .containsExactly("Loading the reminders");
        assertThat(shown).containsExactly(due);
        assertThat(answered).hasValue(1);
    }

    @Test
    void withNothingToReadTheListIsAnsweredAtOnce() {
        AtomicInteger answered = new AtomicInteger();

        new AttentionPanel(List.of(), new CurrentThreadTaskExecutor(failures)).read(messages, lines -> { },
                answered::incrementAndGet);

        assertThat(answered).hasValue(1);
    }
}
