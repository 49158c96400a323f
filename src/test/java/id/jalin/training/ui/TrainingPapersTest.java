package id.jalin.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.Signatory;
import id.jalin.kernel.money.Money;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.Fee;
import id.jalin.training.domain.IssuedCertificate;
import id.jalin.training.domain.ParticipantRole;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.RegistrationStatus;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingSession;
import id.jalin.training.print.TrainingRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain's event, people and certificates as the print records the papers take. */
class TrainingPapersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final ForumProfile FORUM = new ForumProfile(1, "Forum Perpustakaan Perguruan Tinggi Jawa Barat",
            "FPPTI-JABAR", "Jl. Ganesha 10", "Bandung", "", "", "", null, 90,
            new Signatory("Dr. Sri Rahayu, M.Hum.", "Ketua Forum", new byte[] {1, 2, 3}));
    private final TrainingEvent event = new TrainingEvent(7L, EventKind.WORKSHOP, "Lokakarya RDA", "RDA Workshop",
            1, "Aula Perpustakaan ITB", DAY, DAY.plusDays(1), DAY.minusDays(7), 30, null, Money.of(150_000), "",
            "", "", "", 100, id.jalin.training.domain.EventStatus.HELD, 3);
    private final TrainingSession first = new TrainingSession(11L, 7, DAY, LocalTime.of(9, 0), LocalTime.of(12, 0),
            "RDA dasar", "Dr. Sri Rahayu", 0);
    private final TrainingSession second = new TrainingSession(12L, 7, DAY.plusDays(1), LocalTime.of(13, 0),
            LocalTime.of(16, 30), "RDA lanjut", "", 0);
    private final EventDetail detail = new EventDetail(event, List.of(first, second));

    @Test
    void theSecondSessionsSheetCountsItAndListsThePeople() {
        var sheet = TrainingPapers.sheet(FORUM, detail, second, "RDA Workshop", "Workshop",
                List.of(person(1, "Budi Hartono", ""), person(2, "Citra Lestari", "")));
        assertThat(sheet.session().number()).isEqualTo(2);
        assertThat(sheet.session().count()).isEqualTo(2);
        assertThat(sheet.session().start()).isEqualTo(LocalTime.of(13, 0));
        assertThat(sheet.rows()).extracting(row -> row.name()).containsExactly("Budi Hartono", "Citra Lestari");
        assertThat(sheet.venue()).isEqualTo("Aula Perpustakaan ITB");
        assertThat(sheet.letterhead().name()).isEqualTo(FORUM.name());
    }

    @Test
    void onlyPeopleWithABadgeCodeGetABadge() {
        var badges = TrainingPapers.badges(detail, "RDA Workshop", List.of(person(1, "Budi Hartono", "TR000001"),
                person(2, "Citra Lestari", "")));
        assertThat(badges).hasSize(1);
        assertThat(badges.get(0).code()).isEqualTo("TR000001");
        assertThat(badges.get(0).lastDay()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void certificatesCarryNumberRoleHoursAndTheForumsSignatory() {
        var certificates = TrainingPapers.certificates(FORUM, detail, List.of(new IssuedCertificate(
                "0001/SERT/FPPTI-JABAR/XII/2026", DAY.plusDays(2), "koordinator", 1, "Budi Hartono",
                "Perpustakaan ITB", ParticipantRole.SPEAKER, 7, EventKind.WORKSHOP, "Lokakarya RDA", "RDA Workshop",
                DAY, DAY.plusDays(1), Duration.ofMinutes(390))));
        assertThat(certificates).singleElement().satisfies(certificate -> {
            assertThat(certificate.number()).isEqualTo("0001/SERT/FPPTI-JABAR/XII/2026");
            assertThat(certificate.role()).isEqualTo(TrainingRole.SPEAKER);
            assertThat(certificate.hours()).isEqualTo(Duration.ofMinutes(390));
            assertThat(certificate.place()).isEqualTo("Bandung");
            assertThat(certificate.eventTitleEn()).isEqualTo("RDA Workshop");
        });
        var issuer = TrainingPapers.issuer(FORUM);
        assertThat(issuer.signatoryName()).isEqualTo("Dr. Sri Rahayu, M.Hum.");
        assertThat(issuer.signatoryPosition()).isEqualTo("Ketua Forum");
        assertThat(issuer.signature()).containsExactly(1, 2, 3);
    }

    private static Registration person(long id, String name, String badge) {
        return new Registration(id, 7, 1L, null, name, "Perpustakaan ITB", "", ParticipantRole.PARTICIPANT,
                RegistrationStatus.REGISTERED, badge, "", LocalDateTime.of(2026, 11, 20, 10, 0), Fee.due(null), 0);
    }
}
