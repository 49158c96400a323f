package id.jalin.acquisition.domain;

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
 * Imports one member's proposals for one round from a CSV or XLSX file (layout in docs/proposal-import.md) through
 * the one import pipeline: rows with problems are set aside with their reasons; the good ones are stored together,
 * so a failure stores none. Only that member's staff (or the forum's) may import.
 */
public final class ProposalImport implements Importer<ProposalLine, ProposalImportReport> {
    private final JointAcquisition acquisition;
    private final long roundId;
    private final long memberId;
    private final ImportReader<ProposalLine> reader;

    ProposalImport(JointAcquisition acquisition, long roundId, long memberId) {
        this.acquisition = acquisition;
        this.roundId = roundId;
        this.memberId = memberId;
        this.reader = new ImportReader<>(ProposalColumns.SCHEMA, () -> new ProposalRowPlanner(roundId, memberId));
    }

    /** Reads and stores in one go; progress covers both. */
    public ProposalImportReport importFile(InputStream in, Progress progress)
            throws IOException, ImportRefusedException {
        acquisition.requireProposer(memberId);
        return new FileImport<>(reader, this).importFile(in, progress);
    }

    /** Reads a file without storing anything, for showing what an import would do. */
    @Override
    public ImportPlan<ProposalLine> read(InputStream in, Progress progress)
            throws IOException, ImportRefusedException {
        return reader.read(in, progress);
    }

    /** Stores a plan read earlier, each line checked against the round as it stands now. */
    @Override
    public ProposalImportReport apply(ImportPlan<ProposalLine> plan, Progress progress) {
        acquisition.requireProposer(memberId);
        progress.checkCancelled();
        List<Planned<ProposalLine>> items = plan.items();
        List<Validation> checks = acquisition.proposeAll(roundId, memberId,
                items.stream().map(Planned::value).toList());
        List<RejectedRow> rejected = new ArrayList<>(plan.rejected());
        int added = 0;
        for (int i = 0; i < items.size(); i++) {
            if (checks.get(i).isValid()) {
                added++;
            } else {
                List<FieldError> reasons = checks.get(i).errors().stream()
                        .map(ProposalRowPlanner::asColumnError).toList();
                rejected.add(items.get(i).rejected(reasons));
            }
        }
        rejected.sort(Comparator.comparingInt(RejectedRow::rowNumber));
        progress.update(1, 1);
        return new ProposalImportReport(added, rejected);
    }
}
