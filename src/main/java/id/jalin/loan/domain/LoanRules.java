package id.jalin.loan.domain;

import id.jalin.kernel.validation.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a new request and a lender's rules must satisfy before anything is stored. */
public final class LoanRules {
    public static final int MAX_TEXT = 500;

    private LoanRules() {
    }

    /**
     * @param members the borrower and every lender named, from the register
     * @param holders the members holding the work, when the request is for a catalogue work
     */
    public static Validation validate(NewLoanRequest request, Map<Long, LoanMember> members, Set<Long> holders) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(request.patron().name().isEmpty(), "patronName", "loan.error.patron_name");
        errors.errorIf(request.patron().userId().isEmpty(), "patronId", "loan.error.patron_id");
        errors.errorIf(request.patron().kind() == null, "patronKind", "loan.error.patron_kind");
        errors.errorIf(request.item().title().isEmpty(), "title", "loan.error.title");
        errors.errorIf(request.item().title().length() > MAX_TEXT, "title", "loan.error.too_long", MAX_TEXT);
        if (request.service() == ServiceKind.COPY) {
            errors.errorIf(request.item().pages().isEmpty(), "pages", "loan.error.pages");
            errors.errorIf(request.copyrightNote().isEmpty(), "copyright", "loan.error.copyright");
        }
        LoanMember borrower = members.get(request.borrowerId());
        errors.errorIf(borrower == null || !borrower.active(), "borrower", "loan.error.borrower_inactive");
        List<Long> lenders = request.lenders();
        errors.errorIf(lenders.isEmpty(), "lenders", "loan.error.no_lender");
        errors.errorIf(new HashSet<>(lenders).size() != lenders.size(), "lenders", "loan.error.lender_twice");
        for (long lenderId : lenders) {
            LoanMember lender = members.get(lenderId);
            String name = lender == null ? "#" + lenderId : lender.code();
            errors.errorIf(lenderId == request.borrowerId(), "lenders", "loan.error.lender_is_borrower");
            errors.errorIf(lender == null || !lender.active(), "lenders", "loan.error.lender_left", name);
            errors.errorIf(request.item().workId() != null && !holders.contains(lenderId), "lenders",
                    "loan.error.lender_not_holding", name);
        }
        return errors.build();
    }

    public static Validation validate(LendingRules rules) {
        return Validation.builder()
                .errorIf(rules.loanDays() < 1 || rules.loanDays() > LendingRules.MAX_LOAN_DAYS, "loanDays",
                        "loan.error.loan_days", LendingRules.MAX_LOAN_DAYS)
                .errorIf(rules.renewals() < 0 || rules.renewals() > LendingRules.MAX_RENEWALS, "renewals",
                        "loan.error.renewals", LendingRules.MAX_RENEWALS)
                .errorIf(rules.fee().isNegative(), "fee", "loan.error.fee")
                .build();
    }
}
