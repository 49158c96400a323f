package id.jalin.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.Agreements;
import id.jalin.agreement.domain.InMemoryAgreementRepository;
import id.jalin.agreement.domain.Obligation;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar's words come from the chosen language, the agreement's own texts included. */
class CalendarExportWordsTest {
    private final InMemoryAgreementRepository repository = new InMemoryAgreementRepository();
    private final AgreementService service = new AgreementService(repository,
            new id.jalin.forum.domain.ForumProfileService(id.jalin.forum.domain.InMemoryForumProfileRepository.named(), TestPermissions.AS_COORDINATOR),
            Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Jakarta")), TestPermissions.AS_COORDINATOR);

    private List<VEvent> events(Language language) {
        repository.save(Agreements.pks(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31))
                .withObligations(List.of(
                        Obligation.once(2, "Mengirim 10 terbitan", "Send 10 publications", LocalDate.of(2027, 3, 1)),
                        Obligation.once(1, "Rapat tahunan", "", LocalDate.of(2027, 6, 1)))));
        return Biweekly.parse(service.calendar(CalendarExport.words(new Messages(language)))).first().getEvents();
    }

    @Test
    void englishExportSpeaksEnglish() {
        List<VEvent> events = events(Language.ENGLISH);

        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly(
                "Ends: 001/PKS/FPPTI-JABAR/I/2026 \u2013 Agreement on the Exchange of Publications",
                "Due: Send 10 publications",
                // No English text was given: the Indonesian one is better than nothing.
                "Due: Rapat tahunan");
        assertThat(events.get(0).getDescription().getValue()).isEqualTo("001/PKS/FPPTI-JABAR/I/2026 \u2013 "
                + "Agreement on the Exchange of Publications\nParties: Perpustakaan Universitas Padjadjaran, "
                + "Perpustakaan Pusat ITB");
        assertThat(events.get(1).getAlarms().get(0).getDescription().getValue()).isEqualTo("Due: Send 10 publications");
    }

    @Test
    void indonesianExportSpeaksIndonesian() {
        List<VEvent> events = events(Language.INDONESIAN);

        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly(
                "Berakhir: 001/PKS/FPPTI-JABAR/I/2026 \u2013 Perjanjian Kerja Sama Pertukaran Terbitan",
                "Jatuh tempo: Mengirim 10 terbitan",
                "Jatuh tempo: Rapat tahunan");
        assertThat(events.get(0).getDescription().getValue()).startsWith("001/PKS/FPPTI-JABAR/I/2026 \u2013 "
                + "Perjanjian Kerja Sama Pertukaran Terbitan\nPara pihak: ");
    }
}
