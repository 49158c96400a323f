package id.jalin.loan.domain;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where requests, their rota, their history and the lenders' rules are kept. */
public interface LoanRepository {
    /** Stores a new request with its number (the next of its year) and its first history lines. */
    LoanRequest insert(LoanRequest request, List<LoanEvent> events);

    /**
     * Stores a step taken on a request read at {@code request.version()}.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException when someone took a step on it meanwhile
     */
    LoanRequest update(LoanRequest request, List<LoanEvent> events);

    Optional<LoanRequest> find(long id);

    Optional<LoanRequest> findByNumber(String number);

    /** The request read from another system under its own id. */
    Optional<LoanRequest> findByRemoteId(String remoteId);

    List<LoanEvent> history(long requestId);

    Page<LoanRequest> page(LoanFilter filter, PageRequest<LoanSort> request);

    /** Every request out on loan past its due date on {@code today}, by borrower then due date. */
    List<LoanRequest> overdue(LocalDate today);

    /** Requests each of these lenders is asked now and has not finished. */
    Map<Long, Integer> openRequests(Collection<Long> lenderIds);

    Map<Long, LendingRules> rules(Collection<Long> memberIds);

    /** @throws id.jalin.kernel.concurrency.StaleRecordException when the rules were changed meanwhile */
    LendingRules saveRules(LendingRules rules);

    /** The next overdue-letter number of the year, taken for good (a letter printed twice gets two numbers). */
    int nextLetterNumber(int year);

    List<MemberLoanFigures> figures(LocalDate from, LocalDate to, LocalDate today);
}
