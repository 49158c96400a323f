package id.jalin.loan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.Patron;
import id.jalin.loan.domain.PatronKind;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.domain.RotaAnswer;
import id.jalin.loan.domain.RotaEntry;
import id.jalin.loan.domain.ServiceKind;
import id.jalin.loan.print.LenderReminder;
import id.jalin.loan.print.RequestSlip;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The papers filled from requests: what the slip and the lender's list carry. */
class LoanPapersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final LoanPapers papers = new LoanPapers(new LoanWords(new Messages(Language.ENGLISH), Map.of(
            1L, new LoanMember(1, "UNPAD", "Perpustakaan Universitas Padjadjaran", "Jatinangor", true),
            2L, new LoanMember(2, "ITB", "Perpustakaan Pusat ITB", "Bandung", true),
            3L, new LoanMember(3, "UNISBA", "Perpustakaan Unisba", "Bandung", true))));

    private static LoanRequest request(String number, long borrower, long lender, ServiceKind service,
                                       LoanState state, LocalDate due) {
        return new LoanRequest(1L, number, "", borrower, new Patron("Rina Wulandari", "140110200001",
                PatronKind.LECTURER), service, new RequestedItem(null, "Pengantar Ilmu Perpustakaan",
                "Sulistyo-Basuki", "", null, "", "", ItemKind.BOOK, service == ServiceKind.COPY ? "hlm. 1-20" : "",
                service == ServiceKind.COPY ? "Bab 2" : ""), "", null, "",
                List.of(new RotaEntry(1, lender, RotaAnswer.SUPPLYING, "", null)), 1, state, "", null,
                due == null ? TODAY : due.minusDays(14), due, 0, 1, Money.ZERO, LocalDateTime.of(2026, 11, 1, 9, 0),
                null, LocalDateTime.of(2026, 11, 2, 9, 0), 2);
    }

    @Test
    void aLoanSlipCarriesBothLibrariesTheUserInBothLanguagesAndTheDueDate() {
        RequestSlip slip = papers.slip(request("PAP-2026-000007", 1, 2, ServiceKind.LOAN, LoanState.SHIPPED,
                LocalDate.of(2026, 12, 10)), "FPPTI Jawa Barat", "025.04 SUL p");

        assertThat(slip.requestNumber()).isEqualTo("PAP-2026-000007");
        assertThat(slip.borrowingLibraryCode()).isEqualTo("UNPAD");
        assertThat(slip.lendingLibraryName()).isEqualTo("Perpustakaan Pusat ITB");
        assertThat(slip.userKind()).isEqualTo("Dosen / Lecturer");
        assertThat(slip.dueDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(slip.service()).isEqualTo(RequestSlip.Service.LOAN);
        assertThat(slip.callNumber()).isEqualTo("025.04 SUL p");
    }

    @Test
    void aCopySlipHasItsPagesAndNoDueDate() {
        LoanRequest copy = request("PAP-2026-000008", 1, 2, ServiceKind.COPY, LoanState.COPY_DELIVERED, null);

        RequestSlip slip = papers.slip(copy, "FPPTI Jawa Barat", "");

        assertThat(LoanPapers.hasSlip(copy)).isTrue();
        assertThat(slip.dueDate()).isNull();
        assertThat(slip.pages()).isEqualTo("hlm. 1-20 \u2014 Bab 2");
    }

    @Test
    void aLoanNotYetShippedHasNoSlip() {
        assertThat(LoanPapers.hasSlip(request("PAP-2026-000009", 1, 2, ServiceKind.LOAN, LoanState.WILL_SUPPLY,
                null))).isFalse();
    }

    @Test
    void theLendersListHasOnlyItsOwnOverdueItemsLongestOverdueFirst() {
        List<LoanRequest> overdue = List.of(
                request("PAP-2026-000010", 1, 2, ServiceKind.LOAN, LoanState.RECEIVED, TODAY.minusDays(3)),
                request("PAP-2026-000011", 3, 2, ServiceKind.LOAN, LoanState.RECALLED, TODAY.minusDays(9)),
                request("PAP-2026-000012", 1, 3, ServiceKind.LOAN, LoanState.RECEIVED, TODAY.minusDays(20)));

        LenderReminder reminder = papers.reminder(2, overdue, TODAY);

        assertThat(reminder.lenderName()).isEqualTo("Perpustakaan Pusat ITB");
        assertThat(reminder.rows()).extracting(row -> row.requestNumber() + " " + row.daysOverdue())
                .containsExactly("PAP-2026-000011 9", "PAP-2026-000010 3");
    }
}
