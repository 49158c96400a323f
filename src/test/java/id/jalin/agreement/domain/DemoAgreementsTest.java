package id.jalin.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.DemoForum;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.MemberService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoAgreementsTest {
    @Test
    void demoForumGetsAgreementsThatGiveTheRemindersSomethingToSay() {
        MemberService members = new MemberService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR);
        DemoForum.loadInto(members, Progress.NONE);
        AgreementService agreements = new AgreementService(new InMemoryAgreementRepository(),
                new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR),
                TestClock.on(LocalDate.of(2026, 11, 24)), TestPermissions.AS_COORDINATOR);

        int stored = DemoAgreements.loadInto(agreements, members, Progress.NONE);

        assertThat(stored).isEqualTo(4);
        assertThat(agreements.summaries()).extracting(AgreementSummary::status)
                .contains(AgreementStatus.EXPIRING, AgreementStatus.EXPIRED, AgreementStatus.ACTIVE);
        assertThat(agreements.reminders()).extracting(Reminder::kind)
                .contains(Reminder.Kind.AGREEMENT_EXPIRING, Reminder.Kind.OBLIGATION_OVERDUE);
        assertThat(agreements.summaries()).anySatisfy(s -> assertThat(s.kind()).isEqualTo(AgreementKind.MOU));
        assertThat(agreements.summaries()).extracting(AgreementSummary::number).doesNotHaveDuplicates();
    }
}
