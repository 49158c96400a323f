package id.jalin.training.domain;

import id.jalin.kernel.importing.FileImport;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportReader;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.Importer;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports registrations for one event from a sign-up form's CSV or XLSX export (layout in
 * docs/registration-import.md) through the one import pipeline: rows with problems are set aside with their
 * reasons; the good ones are placed in file order under the event's lock (seats first, then the waiting list),
 * each refused on its own when it breaks a rule (the deadline, the quota, already registered). Only the host's
 * staff or the forum's may import.
 */
public final class RegistrationImport implements Importer<ImportedRegistration, RegistrationImportReport> {
    private final TrainingService training;
    private final long eventId;
    private final ImportReader<ImportedRegistration> reader;

    RegistrationImport(TrainingService training, long eventId) {
        this.training = training;
        this.eventId = eventId;
        this.reader = new ImportReader<>(RegistrationColumns.SCHEMA,
                () -> new RegistrationRowPlanner(training::memberByCode, training::staff));
    }

    /** Reads and stores in one go; progress covers both. */
    public RegistrationImportReport importFile(InputStream in, Progress progress)
            throws IOException, ImportRefusedException {
        training.requireImporter(eventId);
        return new FileImport<>(reader, this).importFile(in, progress);
    }

    /** Reads a file without storing anything, for showing what an import would do. */
    @Override
    public ImportPlan<ImportedRegistration> read(InputStream in, Progress progress)
            throws IOException, ImportRefusedException {
        return reader.read(in, progress);
    }

    /** Stores a plan read earlier, each row checked against the event as it stands now. */
    @Override
    public RegistrationImportReport apply(ImportPlan<ImportedRegistration> plan, Progress progress) {
        training.requireImporter(eventId);
        progress.checkCancelled();
        List<Planned<ImportedRegistration>> items = plan.items();
        List<SaveResult<Registration>> results = training.registerAll(eventId,
                items.stream().map(Planned::value).toList());
        List<RejectedRow> rejected = new ArrayList<>(plan.rejected());
        int registered = 0;
        int waiting = 0;
        for (int i = 0; i < items.size(); i++) {
            SaveResult<Registration> result = results.get(i);
            if (result instanceof SaveResult.Saved<Registration> saved) {
                if (saved.value().status() == RegistrationStatus.WAITING) {
                    waiting++;
                } else {
                    registered++;
                }
            } else if (result instanceof SaveResult.Invalid<Registration> invalid) {
                List<FieldError> reasons = invalid.validation().errors().stream()
                        .map(RegistrationRowPlanner::asColumnError).toList();
                rejected.add(items.get(i).rejected(reasons));
            }
        }
        rejected.sort(Comparator.comparingInt(RejectedRow::rowNumber));
        progress.update(1, 1);
        return new RegistrationImportReport(registered, waiting, rejected);
    }
}
