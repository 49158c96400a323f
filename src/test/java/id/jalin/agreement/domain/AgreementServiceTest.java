package id.jalin.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementServiceTest {
    private final InMemoryAgreementRepository repository = new InMemoryAgreementRepository();
    private final AgreementService service = new AgreementService(repository,
            new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR), TestClock.on(LocalDate.of(2026, 11, 24)), TestPermissions.AS_COORDINATOR);

    private Agreement saved(Agreement agreement) {
        return ((SaveResult.Saved<Agreement>) service.save(agreement)).value();
    }

    @Test
    void remindersListExpiringAgreementsAndOverdueOrDueSoonObligations() {
        Agreement expiring = saved(Agreements.pks(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31)));
        Agreement sponsor = saved(Agreements.withNumber(Agreements.withParties(
                        Agreements.pks(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 9)),
                        List.of(Agreements.bank(), Agreements.unpad())),
                new AgreementNumber("002/MoU/FPPTI-JABAR/I/2025", 2025, 2))
                .withObligations(List.of(
                        new Obligation(null, 2, "Menyelenggarakan 2 kegiatan bersama Bank Indonesia", "", Recurrence.YEARLY,
                                LocalDate.of(2025, 6, 30), List.of()),
                        Obligation.once(2, "Mengirim foto pojok baca", "", LocalDate.of(2026, 12, 10)))));

        List<Reminder> reminders = service.reminders();

        assertThat(reminders).extracting(Reminder::kind).containsExactlyInAnyOrder(
                Reminder.Kind.OBLIGATION_OVERDUE, Reminder.Kind.OBLIGATION_DUE_SOON, Reminder.Kind.AGREEMENT_EXPIRING);
        assertThat(reminders).filteredOn(r -> r.kind() == Reminder.Kind.OBLIGATION_OVERDUE).singleElement()
                .satisfies(r -> {
                    assertThat(r.agreementId()).isEqualTo(sponsor.id());
                    assertThat(r.partyName()).isEqualTo("Perpustakaan Universitas Padjadjaran");
                    assertThat(r.date()).isEqualTo(LocalDate.of(2025, 6, 30));
                });
        assertThat(reminders).filteredOn(r -> r.kind() == Reminder.Kind.AGREEMENT_EXPIRING).singleElement()
                .satisfies(r -> assertThat(r.agreementId()).isEqualTo(expiring.id()));
    }

    @Test
    void fulfilmentIsLoggedWithThePersonSignedInAsWhoRecordedIt() {
        Agreement agreement = saved(Agreements.pks(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31)).withObligations(List.of(Obligation.once(1, "Kirim 10 terbitan", "",
                LocalDate.of(2026, 3, 1)))));
        long obligationId = agreement.obligations().get(0).id();

        assertThat(service.recordFulfilment(obligationId, LocalDate.of(2026, 2, 27), "10 judul dikirim")
                .isSaved()).isTrue();
        assertThat(service.recordFulfilment(obligationId, LocalDate.of(2026, 12, 1), "").isSaved()).isFalse();

        Obligation logged = service.agreement(agreement.id()).orElseThrow().obligations().get(0);
        assertThat(logged.fulfilments()).singleElement().satisfies(f -> {
            assertThat(f.recordedBy()).isEqualTo(TestActors.COORDINATOR.signature());
            assertThat(f.note()).isEqualTo("10 judul dikirim");
        });
    }

    @Test
    void terminationNeedsADateAndAReason() {
        Agreement agreement = saved(Agreements.pks(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31)));

        assertThat(service.terminate(agreement, LocalDate.of(2026, 11, 1), " ")).isInstanceOf(SaveResult.Invalid.class);
        SaveResult<Agreement> done = service.terminate(agreement, LocalDate.of(2026, 11, 1), "Kampus bergabung");

        assertThat(done).isInstanceOf(SaveResult.Saved.class);
        assertThat(service.status(((SaveResult.Saved<Agreement>) done).value())).isEqualTo(AgreementStatus.TERMINATED);
    }

    @Test
    void onlyPdfAndImagesAreAcceptedAsTheScannedCopy() {
        Agreement agreement = saved(Agreements.pks(null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));

        assertThat(service.attach(agreement.id(), "scan.pdf", "not really a pdf".getBytes()).isSaved()).isFalse();
        assertThat(service.attach(agreement.id(), "scan.pdf", "%PDF-1.7 ...".getBytes()).isSaved()).isTrue();
        assertThat(service.attachment(agreement.id())).hasValueSatisfying(a ->
                assertThat(a.mediaType()).isEqualTo("application/pdf"));
    }
}
