package id.jalin.loan.domain;

import java.util.List;

/** The union catalogue as the loans see it: which members hold a work (one entry per member record). */
public interface LoanHolders {
    List<HeldCopy> holdersOf(long workId);
}
