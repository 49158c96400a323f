package id.jalin.agreement.domain;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps, watches and renews agreements: numbering, validation, status, renewals, obligations and reminders.
 * Agreements are the forum's records: only forum staff change them (decision record 0016); everyone reads them.
 */
public final class AgreementService {
    private final AgreementRepository repository;
    private final ForumProfileService forum;
    private final Clock clock;
    private final Permissions permissions;

    /** {@code forum} gives the code in agreement numbers and how early an agreement counts as expiring. */
    public AgreementService(AgreementRepository repository, ForumProfileService forum, Clock clock,
                            Permissions permissions) {
        this.repository = repository;
        this.forum = forum;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** Whether to offer New, Edit, Renew, Terminate, Delete, attaching and recording fulfilments. */
    public boolean mayChange() {
        return permissions.mayChangeForumRecords();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The forum as agreements print it on their letterhead. */
    public ForumProfile forumProfile() {
        return forum.profile();
    }

    public Optional<Agreement> agreement(long id) {
        return repository.find(id);
    }

    public List<ClauseTemplate> clauseLibrary() {
        return repository.clauseLibrary();
    }

    /** Every agreement with parties and obligations, without articles (see {@link #agreement} for those). */
    public List<Agreement> all() {
        return repository.findAllOutlines();
    }

    /**
     * Every agreement's end and open obligation dates as an iCalendar file, stamped with the clock's instant and
     * alarmed at the forum's warning window.
     */
    public String calendar(AgreementCalendar.Words words) {
        AgreementCalendar calendar = new AgreementCalendar(words, repository.databaseId(),
                forum.profile().expiryWarningDays());
        return calendar.write(repository.findAll(), today(), clock.instant());
    }

    /** Every agreement as a list row, with its status as of today. */
    public List<AgreementSummary> summaries() {
        return summarize(repository.findAllOutlines());
    }

    private List<AgreementSummary> summarize(List<Agreement> agreements) {
        LocalDate today = today();
        int warningDays = forum.profile().expiryWarningDays();
        Set<Long> renewed = repository.renewedIds();
        return agreements.stream()
                .map(a -> summarize(a, today, warningDays, renewed.contains(a.id())))
                .sorted(Comparator.comparing(AgreementSummary::startsOn).reversed())
                .toList();
    }

    public AgreementStatus status(Agreement agreement) {
        if (agreement.isNew()) {
            return AgreementStatus.DRAFT;
        }
        return AgreementStatusRule.statusOn(agreement, today(), forum.profile().expiryWarningDays(),
                repository.renewedIds().contains(agreement.id()));
    }

    private static AgreementSummary summarize(Agreement a, LocalDate today, int warningDays, boolean renewed) {
        return new AgreementSummary(a.id(), a.kind(), a.number().text(), a.titleId(), a.titleEn(), a.type(),
                a.parties().stream().map(Party::name).toList(),
                a.parties().stream().map(Party::libraryId).filter(java.util.Objects::nonNull).toList(),
                a.signedOn(), a.startsOn(), a.endsOn(), AgreementStatusRule.statusOn(a, today, warningDays, renewed),
                a.effectiveEnd(today));
    }

    /** The next free number for a kind, in the forum's style, dated {@code date}. */
    public AgreementNumber nextNumber(AgreementKind kind, LocalDate date) {
        int sequence = repository.highestSequence(kind, date.getYear()) + 1;
        return AgreementNumber.generate(sequence, kind, forum.profile().code(), date);
    }

    public Validation check(Agreement agreement) {
        Validation validation = AgreementRules.validate(agreement);
        if (validation.errorFor("number").isEmpty()
                && repository.numberTaken(agreement.number().text(), agreement.id())) {
            validation = validation.and(Validation.builder()
                    .error("number", "agreement.error.number.taken", agreement.number().text()).build());
        }
        return validation;
    }

    public SaveResult<Agreement> save(Agreement agreement) {
        permissions.requireForumStaff("save an agreement");
        Validation validation = check(agreement);
        return SaveResult.store(validation, () -> repository.save(agreement));
    }

    /** Creates the next period as a new agreement linked to this one. */
    public SaveResult<Agreement> renew(Agreement previous) {
        permissions.requireForumStaff("renew an agreement");
        AgreementNumber number = nextNumber(previous.kind(), today());
        return save(AgreementRenewal.nextPeriod(previous, number, today()));
    }

    public SaveResult<Agreement> terminate(Agreement agreement, LocalDate on, String reason) {
        permissions.requireForumStaff("terminate an agreement");
        Validation.Builder errors = Validation.builder();
        errors.errorIf(on == null, "terminationDate", "agreement.error.termination.date");
        errors.errorIf(reason == null || reason.isBlank(), "terminationReason", "agreement.error.termination.reason");
        if (on != null && agreement.startsOn() != null) {
            errors.errorIf(on.isBefore(agreement.startsOn()), "terminationDate", "agreement.error.termination.beforeStart");
        }
        Validation validation = errors.build();
        if (!validation.isValid()) {
            return SaveResult.invalid(validation);
        }
        return save(agreement.withTermination(new Termination(on, reason)));
    }

    /** Records that an obligation was met; "recorded by" is the person signed in, never typed. */
    public SaveResult<Fulfilment> recordFulfilment(long obligationId, LocalDate on, String note) {
        String recordedBy = permissions.requireForumStaff("record an obligation's fulfilment").signature();
        Validation validation = Validation.builder()
                .errorIf(on == null, "fulfilledOn", "agreement.error.fulfilment.date")
                .errorIf(on != null && on.isAfter(today()), "fulfilledOn", "agreement.error.fulfilment.future")
                .build();
        return SaveResult.store(validation, () -> {
            Fulfilment fulfilment = new Fulfilment(null, on, note, recordedBy, LocalDateTime.now(clock));
            repository.recordFulfilment(obligationId, fulfilment);
            return fulfilment;
        });
    }

    public List<AgreementSummary> agreementsOf(long libraryId) {
        return summarize(repository.findOutlinesInvolving(libraryId));
    }

    /** Agreements expiring within the warning window, and obligations overdue or due within 30 days. */
    public List<Reminder> reminders() {
        LocalDate today = today();
        int warningDays = forum.profile().expiryWarningDays();
        Set<Long> renewed = repository.renewedIds();
        List<Reminder> reminders = new ArrayList<>();
        for (Agreement agreement : repository.findAllOutlines()) {
            AgreementStatus status = AgreementStatusRule.statusOn(agreement, today, warningDays,
                    renewed.contains(agreement.id()));
            if (status == AgreementStatus.EXPIRING) {
                reminders.add(new Reminder(Reminder.Kind.AGREEMENT_EXPIRING, agreement.id(), agreement.number().text(),
                        agreement.titleId(), agreement.effectiveEnd(today), "", 0, ""));
            }
            if (status == AgreementStatus.ACTIVE || status == AgreementStatus.EXPIRING) {
                addObligationReminders(agreement, today, reminders);
            }
        }
        reminders.sort(Comparator.comparing(Reminder::date));
        return reminders;
    }

    private static void addObligationReminders(Agreement agreement, LocalDate today, List<Reminder> reminders) {
        for (Obligation obligation : agreement.obligations()) {
            ObligationState state = ObligationSchedule.stateOn(obligation, agreement.effectiveEnd(today), today);
            Reminder.Kind kind = switch (state.standing()) {
                case OVERDUE -> Reminder.Kind.OBLIGATION_OVERDUE;
                case DUE_SOON -> Reminder.Kind.OBLIGATION_DUE_SOON;
                default -> null;
            };
            if (kind != null) {
                String party = obligation.partyNumber() <= agreement.parties().size()
                        ? agreement.parties().get(obligation.partyNumber() - 1).name() : "";
                reminders.add(new Reminder(kind, agreement.id(), agreement.number().text(), agreement.titleId(),
                        state.nextDue(), obligation.descriptionId(), obligation.partyNumber(), party));
            }
        }
    }

    public Optional<Attachment> attachment(long agreementId) {
        return repository.attachment(agreementId);
    }

    /** Keeps the scanned signed copy with the agreement; only PDF and images are accepted. */
    public SaveResult<Attachment> attach(long agreementId, String fileName, byte[] content) {
        permissions.requireForumStaff("attach a scan to an agreement");
        Optional<String> mediaType = ScanFormats.detect(content);
        Validation validation = Validation.builder()
                .errorIf(content.length == 0, "attachment", "agreement.error.attachment.empty")
                .errorIf(content.length > Attachment.MAX_BYTES, "attachment", "agreement.error.attachment.tooLarge",
                        Attachment.MAX_BYTES / (1024 * 1024))
                .errorIf(content.length > 0 && mediaType.isEmpty(), "attachment", "agreement.error.attachment.type",
                        fileName)
                .build();
        return SaveResult.store(validation, () -> {
            Attachment attachment = new Attachment(fileName, mediaType.get(), content, LocalDateTime.now(clock));
            repository.saveAttachment(agreementId, attachment);
            return attachment;
        });
    }

    public void delete(Agreement agreement) {
        permissions.requireForumStaff("delete an agreement");
        repository.delete(agreement.id(), agreement.version());
    }
}
