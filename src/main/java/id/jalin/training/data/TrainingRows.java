package id.jalin.training.data;

import id.jalin.kernel.db.generated.tables.records.TrnCertificateRecord;
import id.jalin.kernel.db.generated.tables.records.TrnEventRecord;
import id.jalin.kernel.db.generated.tables.records.TrnRegistrationRecord;
import id.jalin.kernel.db.generated.tables.records.TrnSessionRecord;
import id.jalin.kernel.money.Money;
import id.jalin.training.domain.Certificate;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.EventStatus;
import id.jalin.training.domain.Fee;
import id.jalin.training.domain.ParticipantRole;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.RegistrationStatus;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingSession;
import java.util.Locale;

/** Rows to values and back; texts cut to their columns so a long paste never fails a write. */
final class TrainingRows {
    private TrainingRows() {
    }

    static void fill(TrnEventRecord row, TrainingEvent event) {
        row.setKind(event.kind().name());
        row.setTitleId(cut(event.titleId(), 300));
        row.setTitleEn(cut(event.titleEn(), 300));
        row.setHostId(event.hostId());
        row.setVenue(cut(event.venue(), 500));
        row.setStartsOn(event.startsOn());
        row.setEndsOn(event.endsOn());
        row.setRegistrationDeadline(event.registrationDeadline());
        row.setCapacity(event.capacity());
        row.setMemberQuota(event.memberQuota());
        row.setFee(event.fee().rupiah());
        row.setFeeCovers(cut(event.feeCovers(), 1000));
        row.setContactName(cut(event.contactName(), 200));
        row.setContactPhone(cut(event.contactPhone(), 100));
        row.setContactEmail(cut(event.contactEmail(), 200));
        row.setAttendancePercent(event.attendancePercent());
        row.setStatus(event.status().name());
    }

    static TrainingEvent event(TrnEventRecord row) {
        return new TrainingEvent(row.getId(), EventKind.valueOf(row.getKind()), row.getTitleId(), row.getTitleEn(),
                row.getHostId(), row.getVenue(), row.getStartsOn(), row.getEndsOn(), row.getRegistrationDeadline(),
                row.getCapacity(), row.getMemberQuota(), Money.of(row.getFee()), row.getFeeCovers(),
                row.getContactName(), row.getContactPhone(), row.getContactEmail(), row.getAttendancePercent(),
                EventStatus.valueOf(row.getStatus()), row.getVersion());
    }

    static void fill(TrnSessionRecord row, TrainingSession session) {
        row.setEventId(session.eventId());
        row.setHeldOn(session.heldOn());
        row.setStartsAt(session.startsAt());
        row.setEndsAt(session.endsAt());
        row.setTopic(cut(session.topic(), 500));
        row.setSpeaker(cut(session.speaker(), 300));
    }

    static TrainingSession session(TrnSessionRecord row) {
        return new TrainingSession(row.getId(), row.getEventId(), row.getHeldOn(), row.getStartsAt(), row.getEndsAt(),
                row.getTopic(), row.getSpeaker(), row.getVersion());
    }

    static void fill(TrnRegistrationRecord row, Registration registration) {
        row.setEventId(registration.eventId());
        row.setMemberId(registration.memberId());
        row.setStaffId(registration.staffId());
        row.setPersonName(cut(registration.name(), 200));
        row.setInstitution(cut(registration.institution(), 300));
        row.setEmail(cut(registration.email(), 200));
        row.setRole(registration.role().name());
        row.setStatus(registration.status().name());
        row.setCardNumber(cut(registration.cardNumber(), 40));
        row.setRegisteredAt(registration.registeredAt());
        row.setFeeDue(registration.fee().due().rupiah());
        row.setFeePaid(registration.fee().paid().rupiah());
        row.setPaidOn(registration.fee().paidOn());
        row.setReceiptNumber(cut(registration.fee().receiptNumber(), 100));
    }

    static Registration registration(TrnRegistrationRecord row) {
        return new Registration(row.getId(), row.getEventId(), row.getMemberId(), row.getStaffId(),
                row.getPersonName(), row.getInstitution(), row.getEmail(), ParticipantRole.valueOf(row.getRole()),
                RegistrationStatus.valueOf(row.getStatus()), row.getBadgeCode(), row.getCardNumber(),
                row.getRegisteredAt(), new Fee(Money.of(row.getFeeDue()), Money.of(row.getFeePaid()),
                row.getPaidOn(), row.getReceiptNumber()), row.getVersion());
    }

    static Certificate certificate(TrnCertificateRecord row) {
        return new Certificate(row.getId(), row.getRegistrationId(), row.getCertNumber(), row.getIssuedOn(),
                row.getIssuedBy());
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A LIKE pattern finding the typed text anywhere, case aside, with the wildcards in it taken literally. */
    static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }
}
