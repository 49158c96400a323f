package id.jalin.acquisition.domain;

import id.jalin.catalogue.domain.Isbn;
import id.jalin.kernel.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/** What a round and a proposal line must be before they are stored; each reason is a bundle key on its field. */
public final class AcquisitionRules {
    /** The most a line may cost, a trillion Rupiah: beyond it a typing slip is likelier than a purchase. */
    static final long MOST_A_LINE_COSTS = 1_000_000_000_000L;
    static final int MOST_COPIES = 10_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AcquisitionRules() {
    }

    /**
     * @param members the register, by id
     * @param today the day a new round's deadline is compared with
     */
    public static Validation round(PurchaseRound round, Map<Long, AcquisitionMember> members, LocalDate today) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(round.name().isEmpty(), "name", "acquisition.error.name");
        errors.errorIf(round.name().length() > 200, "name", "acquisition.error.nameLength", 200);
        errors.errorIf(!members.containsKey(round.coordinatorId()), "coordinator", "acquisition.error.coordinator");
        errors.errorIf(round.budget().rupiah() <= 0, "budget", "acquisition.error.budget");
        errors.errorIf(round.memberCap() != null && round.memberCap().rupiah() <= 0, "cap", "acquisition.error.cap");
        if (round.deadline() == null) {
            errors.error("deadline", "acquisition.error.deadline");
        } else if (round.id() == null && round.deadline().isBefore(today)) {
            errors.error("deadline", "acquisition.error.deadlinePast", today.format(DAY));
        }
        errors.errorIf(round.splitRule() == null, "splitRule", "acquisition.error.splitRule");
        errors.errorIf(round.notes().length() > 2000, "notes", "acquisition.error.notesLength", 2000);
        participants(round, members, errors);
        return errors.build();
    }

    private static void participants(PurchaseRound round, Map<Long, AcquisitionMember> members,
                                     Validation.Builder errors) {
        if (round.participants().isEmpty()) {
            errors.error("participants", "acquisition.error.participants");
            return;
        }
        for (Long member : round.participants().keySet()) {
            AcquisitionMember known = members.get(member);
            if (known == null || round.id() == null && !known.active()) {
                errors.error("participants", "acquisition.error.participantUnknown", known == null ? "#" + member
                        : known.name());
            }
        }
        if (round.splitRule() == SplitRule.WEIGHTED) {
            errors.errorIf(round.participants().values().stream().anyMatch(weight -> weight == null || weight < 1),
                    "participants", "acquisition.error.weight");
        }
        if (round.splitRule() == SplitRule.FIXED_PERCENT) {
            boolean outside = round.participants().values().stream()
                    .anyMatch(points -> points == null || points < 0 || points > CostSplit.FULL);
            long sum = round.participants().values().stream().mapToLong(points -> points == null ? 0 : points).sum();
            if (outside) {
                errors.error("participants", "acquisition.error.percentRange");
            } else if (sum != CostSplit.FULL) {
                errors.error("participants", "acquisition.error.percentSum", BigDecimal.valueOf(sum, 2));
            }
        }
    }

    /**
     * A line as entered or changed by a member: the round must take proposals today, the member take part, and the
     * line make sense.
     */
    public static Validation proposal(ProposalLine line, PurchaseRound round, LocalDate today) {
        Validation.Builder errors = Validation.builder();
        if (round.status() != RoundStatus.OPEN) {
            errors.error("round", "acquisition.error.roundNotOpen", round.name());
        } else if (!round.takesProposalsOn(today)) {
            errors.error("round", "acquisition.error.pastDeadline", round.deadline().format(DAY));
        }
        errors.errorIf(!round.takesPart(line.memberId()), "member", "acquisition.error.notParticipant");
        return errors.build().and(line(line));
    }

    /** The line's own fields, whatever the round: what an import row is checked by before anything else. */
    public static Validation line(ProposalLine line) {
        Validation.Builder errors = Validation.builder();
        Title title = line.title();
        errors.errorIf(title.title().isEmpty(), "title", "acquisition.error.title");
        errors.errorIf(title.title().length() > 500, "title", "acquisition.error.titleLength", 500);
        if (!title.isbn().isEmpty()) {
            Optional<Isbn> isbn = title.readIsbn();
            if (isbn.isEmpty()) {
                errors.error("isbn", "acquisition.error.isbn", title.isbn());
            } else if (!isbn.get().checkDigitValid()) {
                errors.error("isbn", "acquisition.error.isbnCheckDigit", title.isbn());
            }
        }
        if (title.year() != null) {
            errors.errorIf(title.year() < 1450 || title.year() > 2200, "year", "acquisition.error.year");
        }
        errors.errorIf(line.format() == null, "format", "acquisition.error.format");
        errors.errorIf(line.unitPrice().isNegative(), "unitPrice", "acquisition.error.priceNegative");
        errors.errorIf(line.copies() < 1, "copies", "acquisition.error.copies");
        errors.errorIf(line.copies() > MOST_COPIES, "copies", "acquisition.error.copiesMany", MOST_COPIES);
        errors.errorIf(line.copies() >= 1 && line.copies() <= MOST_COPIES && !line.unitPrice().isNegative()
                && line.unitPrice().rupiah() > MOST_A_LINE_COSTS / line.copies(), "unitPrice",
                "acquisition.error.priceLarge");
        errors.errorIf(line.priority() < ProposalLine.HIGHEST_PRIORITY || line.priority() > ProposalLine.LOWEST_PRIORITY,
                "priority", "acquisition.error.priority", ProposalLine.HIGHEST_PRIORITY, ProposalLine.LOWEST_PRIORITY);
        errors.errorIf(line.justification().length() > 2000, "justification",
                "acquisition.error.justificationLength", 2000);
        return errors.build();
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }
}
