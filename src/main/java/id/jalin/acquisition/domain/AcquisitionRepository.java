package id.jalin.acquisition.domain;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where rounds, their proposal lines and the receipts of what arrived are kept. */
public interface AcquisitionRepository {
    /** Stores a new round with its participants. */
    PurchaseRound insert(PurchaseRound round);

    /**
     * Stores a round read at {@code round.version()}; {@code reason}, when not empty, is recorded with the change in
     * the audit trail (a reopening).
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException when someone changed it meanwhile
     * @throws id.jalin.kernel.concurrency.RecordGoneException when it was deleted
     */
    PurchaseRound update(PurchaseRound round, String reason);

    Optional<PurchaseRound> round(long id);

    Page<PurchaseRound> rounds(RoundFilter filter, PageRequest<RoundSort> request);

    /** Stores new lines together: all or none. */
    List<ProposalLine> insertLines(List<ProposalLine> lines);

    /**
     * Stores a line read at {@code line.version()}.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException when someone changed it meanwhile
     */
    ProposalLine updateLine(ProposalLine line);

    /** @throws id.jalin.kernel.concurrency.StaleRecordException when someone changed it meanwhile */
    void deleteLine(ProposalLine line);

    Optional<ProposalLine> line(long id);

    /** Every line of the round, in the order entered. */
    List<ProposalLine> lines(long roundId);

    Page<ProposalLine> lines(LineFilter filter, PageRequest<LineSort> request);

    /**
     * Accepted lines of other rounds that were ordered, matching one of the 13-digit ISBNs or exact title keys.
     */
    List<EarlierOrder> earlierOrders(long exceptRoundId, Collection<String> isbns, Collection<String> titleKeys);

    /**
     * Records copies received on a line read at {@code line.version()} and raises its received count, together.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException when someone changed the line meanwhile
     */
    Receipt receive(ProposalLine line, Receipt receipt);

    List<Receipt> receipts(long lineId);

    /**
     * The round's order letter number: the one it was given, or the next of {@code date}'s year under the counter
     * row's lock (two desks never give one number twice), formatted by {@code numbering} and kept with the round.
     */
    String orderLetter(long roundId, LocalDate date, java.util.function.IntFunction<String> numbering);
}
