package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.util.Map;

/** Rounds and lines for tests, valid unless a test changes them. */
final class Proposals {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** A valid ISBN-13 and the same number as ISBN-10. */
    static final String ISBN13 = "978-0-306-40615-7";
    static final String ISBN10 = "0306406152";

    private Proposals() {
    }

    static PurchaseRound round(long coordinator, Long... participants) {
        Map<Long, Long> shares = new java.util.TreeMap<>();
        for (Long participant : participants) {
            shares.put(participant, 1L);
        }
        return new PurchaseRound(7L, "Pengadaan Bersama 2027", coordinator, Money.of(100_000_000),
                TODAY.plusDays(14), RoundStatus.OPEN, SplitRule.OWN_COPIES, shares, null, "", 1);
    }

    static ProposalLine line(long id, long member, String isbn, String title, String author, Integer year,
                             String edition) {
        return new ProposalLine(id, 7L, member, new Title(isbn, title, author, "Penerbit", year, edition),
                ItemFormat.PRINT, false, "Gramedia", Money.of(150_000), 2, 3, "", Decision.PENDING, "", 0, 1);
    }

    static ProposalLine book(long id, long member, String isbn, String title) {
        return line(id, member, isbn, title, "Sulistyo-Basuki", 2020, "");
    }
}
