package id.jalin.acquisition.domain;

import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportRow;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RowPlanner;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads each row of a proposal file into a line and checks it by the line's own rules (title, ISBN check digit,
 * price, copies, priority); whether the round still takes it is checked when the lines are stored.
 */
final class ProposalRowPlanner implements RowPlanner<ProposalLine> {
    private final long roundId;
    private final long memberId;
    private final List<Planned<ProposalLine>> planned = new ArrayList<>();

    ProposalRowPlanner(long roundId, long memberId) {
        this.roundId = roundId;
        this.memberId = memberId;
    }

    @Override
    public List<FieldError> add(ImportRow row) {
        Integer year = row.get(ProposalColumns.YEAR);
        ItemFormat format = row.get(ProposalColumns.FORMAT);
        Boolean shared = row.get(ProposalColumns.SHARED);
        Money price = row.get(ProposalColumns.UNIT_PRICE);
        Integer copies = row.get(ProposalColumns.COPIES);
        Integer priority = row.get(ProposalColumns.PRIORITY);
        List<FieldError> unreadable = row.takeReasons();
        List<String> unreadableColumns = unreadable.stream().map(FieldError::field).toList();
        Title title = new Title(row.text(ProposalColumns.ISBN), row.text(ProposalColumns.TITLE),
                row.text(ProposalColumns.AUTHOR), row.text(ProposalColumns.PUBLISHER), year,
                row.text(ProposalColumns.EDITION));
        ProposalLine line = ProposalLine.proposed(roundId, memberId, title,
                format == null ? ItemFormat.PRINT : format, Boolean.TRUE.equals(shared), row.text(ProposalColumns.VENDOR),
                price == null ? Money.ZERO : price, copies == null ? 0 : copies,
                priority == null ? ProposalColumns.USUAL_PRIORITY : priority, row.text(ProposalColumns.JUSTIFICATION));
        List<FieldError> reasons = new ArrayList<>(unreadable);
        for (FieldError error : AcquisitionRules.line(line).errors()) {
            FieldError named = asColumnError(error);
            if (!unreadableColumns.contains(named.field())) {
                reasons.add(named);
            }
        }
        if (reasons.isEmpty()) {
            planned.add(new Planned<>(line, row.number(), row.values()));
        }
        return reasons;
    }

    @Override
    public List<Planned<ProposalLine>> planned() {
        return List.copyOf(planned);
    }

    /** The rule's reason, naming the import column instead of the form field. */
    static FieldError asColumnError(FieldError error) {
        ImportColumn<?> column = ProposalColumns.COLUMN_OF_FIELD.get(error.field());
        return column == null ? error : new FieldError(column.key(), error.messageKey(), error.args());
    }
}
