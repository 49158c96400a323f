package id.jalin.loan.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Requests in a chosen state for the rule tests, built without the state machine so each test starts where it says. */
final class LoanFixtures {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final long BORROWER = 1;
    static final long FIRST = 2;
    static final long SECOND = 3;

    private LoanFixtures() {
    }

    static RequestedItem book() {
        return new RequestedItem(10L, "Pengantar Ilmu Perpustakaan", "Sulistyo-Basuki", "Gramedia", 1991,
                "9789794039434", "", ItemKind.BOOK, "", "");
    }

    static LoanRequest inState(LoanState state, ServiceKind service) {
        List<RotaEntry> rota = new ArrayList<>();
        rota.add(new RotaEntry(1, FIRST, state == LoanState.REQUESTED ? RotaAnswer.ASKED : RotaAnswer.SUPPLYING, "",
                null));
        rota.add(new RotaEntry(2, SECOND, RotaAnswer.NOT_ASKED, "", null));
        boolean out = state.outOnLoan() || state == LoanState.SHIPPED_BACK || state == LoanState.CHECKED_IN;
        return new LoanRequest(5L, "PAP-2026-000005", "", BORROWER, new Patron("Rina Wulandari", "1301194001",
                PatronKind.STUDENT), service, book(), service == ServiceKind.COPY ? "Untuk studi pribadi" : "", null,
                "", rota, 1, state, state == LoanState.RETRY_POSSIBLE ? "Hanya baca di tempat" : "", null,
                out ? TODAY.minusDays(10) : null, out ? TODAY.plusDays(4) : null, 0, out ? 1 : 0, Money.ZERO,
                NOW.minusDays(12), state == LoanState.RECEIVED ? NOW.minusDays(9) : null, NOW.minusDays(1), 3);
    }

    static LendingRules rules() {
        return LendingRules.defaults(FIRST);
    }
}
