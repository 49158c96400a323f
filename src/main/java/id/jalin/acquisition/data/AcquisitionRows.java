package id.jalin.acquisition.data;

import id.jalin.acquisition.domain.Decision;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.Receipt;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.acquisition.domain.Title;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.kernel.db.generated.tables.records.AcqLineRecord;
import id.jalin.kernel.db.generated.tables.records.AcqReceiptRecord;
import id.jalin.kernel.db.generated.tables.records.AcqRoundRecord;
import id.jalin.kernel.money.Money;
import java.util.Locale;
import java.util.Map;

/** Rounds, lines and receipts as rows and back. Text longer than its column is cut rather than refused. */
final class AcquisitionRows {
    private static final String ISBN = "isbn:";

    private AcquisitionRows() {
    }

    static void fill(AcqRoundRecord row, PurchaseRound round) {
        row.setName(cut(round.name(), 200));
        row.setCoordinatorId(round.coordinatorId());
        row.setBudget(round.budget().rupiah());
        row.setMemberCap(round.memberCap() == null ? null : round.memberCap().rupiah());
        row.setDeadline(round.deadline());
        row.setStatus(round.status().name());
        row.setSplitRule(round.splitRule().name());
        row.setNotes(cut(round.notes(), 2000));
    }

    static PurchaseRound round(AcqRoundRecord row, Map<Long, Long> participants) {
        return new PurchaseRound(row.getId(), row.getName(), row.getCoordinatorId(), Money.of(row.getBudget()),
                row.getDeadline(), RoundStatus.valueOf(row.getStatus()), SplitRule.valueOf(row.getSplitRule()),
                participants, row.getMemberCap() == null ? null : Money.of(row.getMemberCap()), row.getNotes(),
                row.getVersion());
    }

    /** Fills the row, with the catalogue's keys of the title worked out now. */
    static void fill(AcqLineRecord row, ProposalLine line) {
        Title title = line.title();
        MatchKeys keys = title.keys();
        row.setRoundId(line.roundId());
        row.setMemberId(line.memberId());
        row.setIsbn(cut(title.isbn(), 40));
        row.setIsbnKey(keys.identifiers().stream().filter(id -> id.startsWith(ISBN))
                .map(id -> id.substring(ISBN.length())).findFirst().orElse(""));
        row.setTitle(cut(title.title(), 500));
        row.setTitleKey(cut(keys.exactKey(), 1000));
        row.setAuthor(cut(title.author(), 500));
        row.setPublisher(cut(title.publisher(), 500));
        row.setPublishYear(title.year());
        row.setEdition(cut(title.edition(), 200));
        row.setItemFormat(line.format().name());
        row.setSharedForAll(line.sharedForAll());
        row.setVendor(cut(line.vendor(), 200));
        row.setUnitPrice(line.unitPrice().rupiah());
        row.setCopies(line.copies());
        row.setPriority(line.priority());
        row.setJustification(cut(line.justification(), 2000));
        row.setDecision(line.decision().name());
        row.setDecisionReason(cut(line.decisionReason(), 1000));
        row.setReceivedCopies(line.receivedCopies());
    }

    static ProposalLine line(AcqLineRecord row) {
        Title title = new Title(row.getIsbn(), row.getTitle(), row.getAuthor(), row.getPublisher(),
                row.getPublishYear(), row.getEdition());
        return new ProposalLine(row.getId(), row.getRoundId(), row.getMemberId(), title,
                ItemFormat.valueOf(row.getItemFormat()), row.getSharedForAll(), row.getVendor(),
                Money.of(row.getUnitPrice()), row.getCopies(), row.getPriority(), row.getJustification(),
                Decision.valueOf(row.getDecision()), row.getDecisionReason(), row.getReceivedCopies(),
                row.getVersion());
    }

    static Receipt receipt(AcqReceiptRecord row) {
        return new Receipt(row.getId(), row.getLineId(), row.getCopies(), row.getReceivedOn(), row.getInvoiceNumber(),
                row.getRecordedBy(), row.getRecordedAt());
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A LIKE pattern finding the typed text anywhere, case aside, with the wildcards in it taken literally. */
    static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
