package id.jalin.loan.ui;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.OverdueLetter;
import id.jalin.loan.domain.ServiceKind;
import id.jalin.loan.print.LenderReminder;
import id.jalin.loan.print.OverdueItem;
import id.jalin.loan.print.OverdueNotice;
import id.jalin.loan.print.ReminderRow;
import id.jalin.loan.print.RequestSlip;
import java.time.LocalDate;
import java.util.List;

/** The loans' papers filled from the requests: the slip that travels with the item, the letters and lists. */
final class LoanPapers {
    private final LoanWords words;

    LoanPapers(LoanWords words) {
        this.words = words;
    }

    /** Whether a slip can be printed yet: a loan once shipped (its due date is on it), a copy at any time. */
    static boolean hasSlip(LoanRequest request) {
        return request.service() == ServiceKind.COPY || request.shippedOn() != null && request.dueOn() != null;
    }

    /** @param callNumber where the lender shelves it, from the union catalogue (empty for an item typed in) */
    RequestSlip slip(LoanRequest request, String forumName, String callNumber) {
        LoanMember borrower = words.member(request.borrowerId());
        LoanMember lender = words.member(request.lenderId());
        var messages = words.messages();
        boolean copy = request.service() == ServiceKind.COPY;
        String kind = new id.jalin.kernel.i18n.Messages(id.jalin.kernel.i18n.Language.INDONESIAN)
                .label("loan.patron", request.patron().kind()) + " / "
                + new id.jalin.kernel.i18n.Messages(id.jalin.kernel.i18n.Language.ENGLISH)
                .label("loan.patron", request.patron().kind());
        return new RequestSlip(request.number(), code(borrower, request.borrowerId()), name(borrower),
                code(lender, request.lenderId()), name(lender), request.patron().name(), request.patron().userId(),
                kind, copy ? RequestSlip.Service.COPY : RequestSlip.Service.LOAN, request.item().title(),
                request.item().author(), callNumber, copy ? pages(request) : "", request.shippedOn(),
                copy ? null : request.dueOn(), forumName);
    }

    private static String pages(LoanRequest request) {
        String article = request.item().articleTitle();
        return article.isBlank() ? request.item().pages() : request.item().pages() + " \u2014 " + article;
    }

    OverdueNotice notice(OverdueLetter letter, ForumProfile forum, String signatoryName, String signatoryPosition) {
        List<OverdueItem> items = letter.items().stream().map(request -> new OverdueItem(request.number(),
                request.item().title(), name(words.member(request.lenderId())), request.patron().name(),
                request.shippedOn(), request.dueOn(), (int) request.daysOverdueOn(letter.date()))).toList();
        return new OverdueNotice(forum.letterhead(), letter.number(), letter.date(), forum.city(),
                letter.borrower().name(), letter.borrower().address(), items, signatoryName, signatoryPosition);
    }

    /** A lender's list of the items it lent that are past their due date, the longest overdue first. */
    LenderReminder reminder(long lenderId, List<LoanRequest> overdue, LocalDate today) {
        List<ReminderRow> rows = overdue.stream().filter(request -> request.lenderId() == lenderId)
                .sorted(java.util.Comparator.comparing(LoanRequest::dueOn))
                .map(request -> new ReminderRow(request.number(), name(words.member(request.borrowerId())),
                        request.item().title(), request.patron().name(), request.dueOn(),
                        (int) request.daysOverdueOn(today))).toList();
        return new LenderReminder(name(words.member(lenderId)), today, rows);
    }

    private static String code(LoanMember member, long id) {
        return member == null ? "#" + id : member.code();
    }

    private static String name(LoanMember member) {
        return member == null ? "" : member.name();
    }
}
