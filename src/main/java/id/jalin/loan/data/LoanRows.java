package id.jalin.loan.data;

import id.jalin.kernel.db.generated.tables.records.LoanRequestRecord;
import id.jalin.kernel.money.Money;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.Patron;
import id.jalin.loan.domain.PatronKind;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.domain.RotaEntry;
import id.jalin.loan.domain.ServiceKind;
import java.util.List;

/** A request's row both ways. Text longer than its column is cut rather than refused (a note, a long title). */
final class LoanRows {
    private LoanRows() {
    }

    static void fill(LoanRequestRecord row, LoanRequest request) {
        row.setRemoteId(cut(request.remoteId(), 100));
        row.setBorrowerId(request.borrowerId());
        row.setPatronName(cut(request.patron().name(), 200));
        row.setPatronUserId(cut(request.patron().userId(), 100));
        row.setPatronKind(request.patron().kind().name());
        row.setService(request.service().name());
        RequestedItem item = request.item();
        row.setWorkId(item.workId());
        row.setTitle(cut(item.title(), 500));
        row.setAuthor(cut(item.author(), 500));
        row.setPublisher(cut(item.publisher(), 500));
        row.setPublishYear(item.year());
        row.setIsbn(cut(item.isbn(), 40));
        row.setEdition(cut(item.edition(), 200));
        row.setItemKind(item.kind().name());
        row.setPages(cut(item.pages(), 200));
        row.setArticleTitle(cut(item.articleTitle(), 500));
        row.setCopyrightNote(cut(request.copyrightNote(), 500));
        row.setNeededBy(request.neededBy());
        row.setNote(cut(request.note(), 1000));
        row.setRotaPosition(request.position());
        row.setLenderId(request.lenderId());
        row.setState(request.state().name());
        row.setRetryCondition(cut(request.condition(), 1000));
        row.setExpectedOn(request.expectedOn());
        row.setShippedOn(request.shippedOn());
        row.setDueOn(request.dueOn());
        row.setRenewalsUsed(request.renewalsUsed());
        row.setRenewalsAllowed(request.renewalsAllowed());
        row.setFee(request.fee().rupiah());
        row.setRequestedAt(request.requestedAt());
        row.setReceivedAt(request.receivedAt());
        row.setTurnaroundMinutes(JooqLoanRepository.minutes(request.requestedAt(), request.receivedAt()));
        row.setLastChange(request.lastChange());
    }

    static LoanRequest request(LoanRequestRecord row, List<RotaEntry> rota) {
        RequestedItem item = new RequestedItem(row.getWorkId(), row.getTitle(), row.getAuthor(), row.getPublisher(),
                row.getPublishYear(), row.getIsbn(), row.getEdition(), ItemKind.valueOf(row.getItemKind()),
                row.getPages(), row.getArticleTitle());
        return new LoanRequest(row.getId(), row.getRequestNumber(), row.getRemoteId(), row.getBorrowerId(),
                new Patron(row.getPatronName(), row.getPatronUserId(), PatronKind.valueOf(row.getPatronKind())),
                ServiceKind.valueOf(row.getService()), item, row.getCopyrightNote(), row.getNeededBy(), row.getNote(),
                rota, row.getRotaPosition(), LoanState.valueOf(row.getState()), row.getRetryCondition(),
                row.getExpectedOn(), row.getShippedOn(), row.getDueOn(), row.getRenewalsUsed(),
                row.getRenewalsAllowed(), Money.of(row.getFee()), row.getRequestedAt(), row.getReceivedAt(),
                row.getLastChange(), row.getVersion());
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
