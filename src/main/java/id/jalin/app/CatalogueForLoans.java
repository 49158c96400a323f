package id.jalin.app;

import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.loan.domain.HeldCopy;
import id.jalin.loan.domain.LoanHolders;
import java.util.List;

/** The union catalogue as interlibrary loans read it: who holds a work, with copies and call numbers. */
final class CatalogueForLoans implements LoanHolders {
    private final UnionCatalogueService catalogue;

    CatalogueForLoans(UnionCatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<HeldCopy> holdersOf(long workId) {
        return catalogue.recordsOfWork(workId).stream().map(stored -> new HeldCopy(stored.memberId(),
                stored.record().copies(), stored.record().callNumber())).toList();
    }
}
