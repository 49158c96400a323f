package id.jalin.training.ui;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.IssuedCertificate;
import id.jalin.training.domain.ParticipantRole;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingSession;
import id.jalin.training.print.AttendanceSheet;
import id.jalin.training.print.Badge;
import id.jalin.training.print.Certificate;
import id.jalin.training.print.CertificateIssuer;
import id.jalin.training.print.TrainingRole;
import java.util.List;

/** The training domain's values as the print package's plain records: the papers know nothing of the domain. */
final class TrainingPapers {
    /** Empty lines under the registered people, for those who come without registering. */
    static final int BLANK_ROWS = 5;

    private TrainingPapers() {
    }

    static TrainingRole role(ParticipantRole role) {
        return TrainingRole.valueOf(role.name());
    }

    /** The sheet of one session: everyone holding a place, in the order registered. */
    static AttendanceSheet sheet(ForumProfile forum, EventDetail detail, TrainingSession session, String title,
                                 String kind, List<Registration> people) {
        TrainingEvent event = detail.event();
        int number = detail.sessions().indexOf(session) + 1;
        return new AttendanceSheet(forum.letterhead(), title, kind, event.venue(), new AttendanceSheet.Session(number,
                detail.sessions().size(), session.heldOn(), session.startsAt(), session.endsAt(), session.topic(),
                session.speaker()), people.stream().map(person -> new AttendanceSheet.Row(person.name(),
                person.institution())).toList(), BLANK_ROWS);
    }

    /** Badges for those holding a place; a registration without a badge code yet has nothing to scan. */
    static List<Badge> badges(EventDetail detail, String title, List<Registration> people) {
        TrainingEvent event = detail.event();
        return people.stream().filter(person -> !person.badgeCode().isBlank()).map(person -> new Badge(
                person.name(), person.institution(), role(person.role()), title, event.startsOn(), event.endsOn(),
                person.badgeCode())).toList();
    }

    static List<Certificate> certificates(ForumProfile forum, EventDetail detail, List<IssuedCertificate> issued) {
        TrainingEvent event = detail.event();
        return issued.stream().map(one -> new Certificate(one.number(), one.personName(), role(one.role()),
                one.titleId(), one.titleEn(), event.venue(), one.startsOn(), one.endsOn(), one.totalTime(),
                forum.city(), one.issuedOn())).toList();
    }

    /** Who signs: the forum profile's signatory (name, position, scanned signature), with its letterhead. */
    static CertificateIssuer issuer(ForumProfile forum) {
        return new CertificateIssuer(forum.letterhead(), forum.signatoryName(), forum.signatoryPosition(),
                forum.signature());
    }
}
