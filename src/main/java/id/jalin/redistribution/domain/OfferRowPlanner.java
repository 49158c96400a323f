package id.jalin.redistribution.domain;

import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportRow;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RowPlanner;
import id.jalin.kernel.validation.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads each row of an offer file into an offer and checks it by an offer's own rules; whether the giver may still
 * post is checked when the offers are stored.
 */
final class OfferRowPlanner implements RowPlanner<SurplusOffer> {
    private final long giverId;
    private final LocalDate today;
    private final List<Planned<SurplusOffer>> planned = new ArrayList<>();

    OfferRowPlanner(long giverId, LocalDate today) {
        this.giverId = giverId;
        this.today = today;
    }

    @Override
    public List<FieldError> add(ImportRow row) {
        Integer year = row.get(OfferColumns.YEAR);
        Integer copies = row.get(OfferColumns.COPIES);
        ItemCondition condition = row.get(OfferColumns.CONDITION);
        SurplusReason reason = row.get(OfferColumns.REASON);
        AllocationRule rule = row.get(OfferColumns.RULE);
        LocalDate closing = row.get(OfferColumns.CLOSING_DATE);
        List<FieldError> unreadable = row.takeReasons();
        List<String> unreadableColumns = unreadable.stream().map(FieldError::field).toList();
        SurplusOffer offer = SurplusOffer.of(giverId, row.text(OfferColumns.TITLE), row.text(OfferColumns.AUTHOR),
                row.text(OfferColumns.ISBN), year, copies == null ? 0 : copies, condition, reason, rule, closing,
                row.text(OfferColumns.NOTE));
        List<FieldError> reasons = new ArrayList<>(unreadable);
        for (FieldError error : RedistributionRules.offer(offer, today).errors()) {
            FieldError named = asColumnError(error);
            if (!unreadableColumns.contains(named.field())) {
                reasons.add(named);
            }
        }
        if (reasons.isEmpty()) {
            planned.add(new Planned<>(offer, row.number(), row.values()));
        }
        return reasons;
    }

    @Override
    public List<Planned<SurplusOffer>> planned() {
        return List.copyOf(planned);
    }

    /** The rule's reason, naming the import column instead of the form field. */
    static FieldError asColumnError(FieldError error) {
        ImportColumn<?> column = OfferColumns.COLUMN_OF_FIELD.get(error.field());
        return column == null ? error : new FieldError(column.key(), error.messageKey(), error.args());
    }
}
