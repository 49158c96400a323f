package id.jalin.loan.data;

import static id.jalin.kernel.db.generated.Tables.LOAN_REQUEST;

import id.jalin.loan.domain.LoanFilter;
import id.jalin.loan.domain.LoanState;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** A list's filter as one condition on the request table, so the database does the narrowing and the paging. */
final class LoanConditions {
    private LoanConditions() {
    }

    static Condition of(LoanFilter filter) {
        Condition where = view(filter);
        if (!filter.states().isEmpty()) {
            where = where.and(LOAN_REQUEST.STATE.in(JooqLoanRepository.names(filter.states())));
        }
        if (filter.partnerId() != null) {
            where = where.and(filter.libraryId() == null
                    ? LOAN_REQUEST.BORROWER_ID.eq(filter.partnerId()).or(LOAN_REQUEST.LENDER_ID.eq(filter.partnerId()))
                    : LOAN_REQUEST.BORROWER_ID.eq(filter.partnerId()).and(LOAN_REQUEST.LENDER_ID.eq(filter.libraryId()))
                    .or(LOAN_REQUEST.LENDER_ID.eq(filter.partnerId())
                            .and(LOAN_REQUEST.BORROWER_ID.eq(filter.libraryId()))));
        }
        if (filter.from() != null) {
            where = where.and(LOAN_REQUEST.REQUESTED_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where = where.and(LOAN_REQUEST.REQUESTED_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (!filter.text().isEmpty()) {
            String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where = where.and(DSL.lower(LOAN_REQUEST.REQUEST_NUMBER).like(like, '\\')
                    .or(DSL.lower(LOAN_REQUEST.TITLE).like(like, '\\'))
                    .or(DSL.lower(LOAN_REQUEST.PATRON_NAME).like(like, '\\'))
                    .or(DSL.lower(LOAN_REQUEST.PATRON_USER_ID).like(like, '\\')));
        }
        return where;
    }

    private static Condition view(LoanFilter filter) {
        Long library = filter.libraryId();
        Condition overdue = LOAN_REQUEST.STATE.in(JooqLoanRepository.names(LoanState.outOnLoanStates()))
                .and(LOAN_REQUEST.DUE_ON.lt(filter.today()));
        if (library == null) {
            return switch (filter.view()) {
                case OVERDUE -> overdue;
                default -> DSL.trueCondition();
            };
        }
        Condition mine = LOAN_REQUEST.BORROWER_ID.eq(library).or(LOAN_REQUEST.LENDER_ID.eq(library));
        return switch (filter.view()) {
            case OUTGOING -> LOAN_REQUEST.BORROWER_ID.eq(library);
            case INCOMING -> LOAN_REQUEST.LENDER_ID.eq(library);
            case OVERDUE -> overdue.and(mine);
            case WAITING_ON_ME -> LOAN_REQUEST.BORROWER_ID.eq(library)
                    .and(LOAN_REQUEST.STATE.in(JooqLoanRepository.names(LoanFilter.borrowerTurn())).or(overdue))
                    .or(LOAN_REQUEST.LENDER_ID.eq(library)
                            .and(LOAN_REQUEST.STATE.in(JooqLoanRepository.names(LoanFilter.lenderTurn()))));
            case ALL -> mine;
        };
    }
}
