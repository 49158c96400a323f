package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import java.util.ArrayList;
import java.util.List;

/** What a harvest handed over, as the caller's transaction would have received it. */
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

    CatalogueRecord record(String sourceId) {
        return records.stream().filter(r -> r.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("No record " + sourceId + " in " + titles()));
    }

    List<String> titles() {
        return records.stream().map(CatalogueRecord::title).toList();
    }
}
