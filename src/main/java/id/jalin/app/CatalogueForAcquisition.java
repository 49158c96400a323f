package id.jalin.app;

import id.jalin.acquisition.domain.CopyPlacement;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.PlacedCopies;
import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.HoldingsStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The union catalogue as joint acquisition places what arrived: one record per proposal line at the member that
 * asked for it (a second delivery adds its copies), each copy with an item code naming its receipt, so placing the
 * same receipt again adds nothing.
 */
final class CatalogueForAcquisition implements CopyPlacement {
    private final HoldingsStore catalogue;

    /**
     * Straight to the store: joint acquisition has already checked that the reader may receive for the round, and
     * its coordinating library places copies at the other members too.
     */
    CatalogueForAcquisition(HoldingsStore catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void place(PlacedCopies copies) {
        List<String> itemCodes = new ArrayList<>();
        for (int copy = 1; copy <= copies.copies(); copy++) {
            itemCodes.add("PGD" + copies.roundId() + "-" + copies.receiptId() + "-" + copy);
        }
        var title = copies.title();
        CatalogueRecord record = new CatalogueRecord("jalin-pgd:" + copies.lineId(), title.title(), "", "",
                title.author().isEmpty() ? List.of() : List.of(title.author()), title.edition(), title.publisher(), "",
                title.year(), title.readIsbn().stream().toList(), List.of(), List.of(), "", "", "", "", "",
                "", kind(copies.format()), itemCodes, copies.copies(), List.of(), Optional.empty());
        catalogue.add(copies.memberId(), record, copies.invoiceNumber());
    }

    private static MaterialKind kind(ItemFormat format) {
        return format == ItemFormat.JOURNAL_SUBSCRIPTION ? MaterialKind.SERIAL
                : format == ItemFormat.DATABASE ? MaterialKind.OTHER : MaterialKind.BOOK;
    }
}
