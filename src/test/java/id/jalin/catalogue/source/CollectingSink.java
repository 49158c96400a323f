package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands it, for the tests to look at. */
final class CollectingSink implements RecordSink {
    final List<CatalogueRecord> records = new ArrayList<>();
    final List<RejectedRow> setAside = new ArrayList<>();

    @Override
    public void accept(CatalogueRecord record) {
        records.add(record);
    }

    @Override
    public void setAside(RejectedRow reason) {
        setAside.add(reason);
    }

    CatalogueRecord only() {
        if (records.size() != 1) {
            throw new AssertionError("Expected one record, got " + records.size() + " and set aside " + setAside);
        }
        return records.get(0);
    }
}
