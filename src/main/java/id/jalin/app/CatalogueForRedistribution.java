package id.jalin.app;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsStore;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.TitleProbe;
import id.jalin.redistribution.domain.HoldingTransfer;
import id.jalin.redistribution.domain.TransferredHolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The union catalogue as surplus redistribution moves a holding: the giver's record of the title loses the copies
 * handed over and the receiver gains a record of them, each copy with an item code naming the hand-over, so a
 * retried receipt moves nothing twice.
 */
final class CatalogueForRedistribution implements HoldingTransfer {
    private final HoldingsStore catalogue;

    /** Straight to the store: redistribution has already checked that the reader may receive for the library. */
    CatalogueForRedistribution(HoldingsStore catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void transfer(TransferredHolding holding) {
        List<String> itemCodes = new ArrayList<>();
        for (int copy = 1; copy <= holding.copies(); copy++) {
            itemCodes.add("REDIST" + holding.claimId() + "-" + copy);
        }
        List<Isbn> isbns = Isbn.read(holding.isbn()).stream().toList();
        CatalogueRecord received = new CatalogueRecord("jalin-redist:" + holding.claimId(), holding.title(), "", "",
                holding.author() == null || holding.author().isBlank() ? List.of() : List.of(holding.author()), "",
                "", "", holding.year(), isbns, List.of(), List.of(), "", "", "", "", "", "", MaterialKind.BOOK,
                itemCodes, holding.copies(), List.of(), Optional.empty());
        catalogue.move(holding.giverId(), new TitleProbe(holding.isbn(), holding.title(), holding.author(),
                holding.year(), "").keys(), holding.receiverId(), received, "#" + holding.claimId());
    }
}
