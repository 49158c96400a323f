package id.jalin.training.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;

/**
 * A training event: its kind, titles in Indonesian and English, the host member and venue, the days it runs, the
 * registration deadline and capacity, an optional quota per member library ({@code memberQuota} null: none), the fee
 * in Rupiah (0 allowed) and what it covers, the organiser's contact, the attendance rule (the share of sessions
 * attended that earns a certificate, 100: all) and its status. {@code id} is null until stored.
 */
public record TrainingEvent(Long id, EventKind kind, String titleId, String titleEn, long hostId, String venue,
                            LocalDate startsOn, LocalDate endsOn, LocalDate registrationDeadline, int capacity,
                            Integer memberQuota, Money fee, String feeCovers, String contactName,
                            String contactPhone, String contactEmail, int attendancePercent, EventStatus status,
                            long version) {
    /** The rule when none is chosen: every session. */
    public static final int ALL_SESSIONS = 100;

    public TrainingEvent {
        kind = kind == null ? EventKind.TRAINING : kind;
        titleId = clean(titleId);
        titleEn = clean(titleEn);
        venue = clean(venue);
        fee = fee == null ? Money.ZERO : fee;
        feeCovers = clean(feeCovers);
        contactName = clean(contactName);
        contactPhone = clean(contactPhone);
        contactEmail = clean(contactEmail);
        status = status == null ? EventStatus.PLANNED : status;
    }

    /** A new event, planned, with the usual attendance rule. */
    public static TrainingEvent planned(EventKind kind, String titleId, String titleEn, long hostId, String venue,
                                        LocalDate startsOn, LocalDate endsOn, LocalDate registrationDeadline,
                                        int capacity, Integer memberQuota, Money fee, String feeCovers,
                                        String contactName, String contactPhone, String contactEmail) {
        return new TrainingEvent(null, kind, titleId, titleEn, hostId, venue, startsOn, endsOn, registrationDeadline,
                capacity, memberQuota, fee, feeCovers, contactName, contactPhone, contactEmail, ALL_SESSIONS,
                EventStatus.PLANNED, 0);
    }

    /** The title in English, or the Indonesian one when no English title was given. */
    public String titleEnOrId() {
        return titleEn.isEmpty() ? titleId : titleEn;
    }

    public boolean contains(LocalDate day) {
        return day != null && startsOn != null && endsOn != null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The name used in conflict messages and the audit trail. */
    public String label() {
        return titleId;
    }

    public TrainingEvent withStatus(EventStatus to) {
        return new TrainingEvent(id, kind, titleId, titleEn, hostId, venue, startsOn, endsOn, registrationDeadline,
                capacity, memberQuota, fee, feeCovers, contactName, contactPhone, contactEmail, attendancePercent, to,
                version);
    }

    public TrainingEvent withAttendancePercent(int percent) {
        return new TrainingEvent(id, kind, titleId, titleEn, hostId, venue, startsOn, endsOn, registrationDeadline,
                capacity, memberQuota, fee, feeCovers, contactName, contactPhone, contactEmail, percent, status,
                version);
    }

    public TrainingEvent stored(long newId, long newVersion) {
        return new TrainingEvent(newId, kind, titleId, titleEn, hostId, venue, startsOn, endsOn,
                registrationDeadline, capacity, memberQuota, fee, feeCovers, contactName, contactPhone, contactEmail,
                attendancePercent, status, newVersion);
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
