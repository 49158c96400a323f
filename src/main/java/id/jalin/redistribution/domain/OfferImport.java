package id.jalin.redistribution.domain;

import id.jalin.kernel.importing.FileImport;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportReader;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.Importer;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports one member's surplus offers from a CSV or XLSX file (layout in docs/surplus-offer-import.md) through the
 * one import pipeline: rows with problems are set aside with their reasons; the good ones are posted together, so a
 * failure posts none. Only that member's staff (or the forum's) may import.
 */
public final class OfferImport implements Importer<SurplusOffer, OfferImportReport> {
    private final SurplusRedistribution redistribution;
    private final long giverId;
    private final ImportReader<SurplusOffer> reader;

    OfferImport(SurplusRedistribution redistribution, long giverId) {
        this.redistribution = redistribution;
        this.giverId = giverId;
        this.reader = new ImportReader<>(OfferColumns.SCHEMA,
                () -> new OfferRowPlanner(giverId, redistribution.today()));
    }

    /** Reads and stores in one go; progress covers both. */
    public OfferImportReport importFile(InputStream in, Progress progress) throws IOException, ImportRefusedException {
        redistribution.requireGiver(giverId);
        return new FileImport<>(reader, this).importFile(in, progress);
    }

    /** Reads a file without storing anything, for showing what an import would do. */
    @Override
    public ImportPlan<SurplusOffer> read(InputStream in, Progress progress) throws IOException, ImportRefusedException {
        return reader.read(in, progress);
    }

    /** Posts a plan read earlier, each offer checked again as things stand now. */
    @Override
    public OfferImportReport apply(ImportPlan<SurplusOffer> plan, Progress progress) {
        redistribution.requireGiver(giverId);
        progress.checkCancelled();
        List<Planned<SurplusOffer>> items = plan.items();
        List<Validation> checks = redistribution.postAll(giverId, items.stream().map(Planned::value).toList());
        List<RejectedRow> rejected = new ArrayList<>(plan.rejected());
        int posted = 0;
        for (int i = 0; i < items.size(); i++) {
            if (checks.get(i).isValid()) {
                posted++;
            } else {
                List<FieldError> reasons = checks.get(i).errors().stream().map(OfferRowPlanner::asColumnError)
                        .toList();
                rejected.add(items.get(i).rejected(reasons));
            }
        }
        rejected.sort(Comparator.comparingInt(RejectedRow::rowNumber));
        progress.update(1, 1);
        return new OfferImportReport(posted, rejected);
    }
}
