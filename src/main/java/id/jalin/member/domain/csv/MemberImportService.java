package id.jalin.member.domain.csv;

import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.csv.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.Validation;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberRepository;
import id.jalin.member.domain.MemberRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Imports members from a file into the register: a library whose code is stored is updated, any other is
 * created, so importing the same file twice changes nothing the second time. Everything good is stored in one
 * transaction, so a Cancel or a failure leaves the register as it was.
 */
public final class MemberImportService {
    private final MemberRepository repository;
    private final MemberCsvReader reader = new MemberCsvReader();

    public MemberImportService(MemberRepository repository) {
        this.repository = repository;
    }

    /** Reads and stores in one go; progress covers both. */
    public ImportReport importCsv(InputStream in, Progress progress) throws IOException, CsvRefusedException {
        ImportPlan plan = reader.read(in, new ProgressSpan(progress, 0, 400));
        return store(plan, progress, 400);
    }

    /** Reads a file without storing anything, for showing what an import would do. */
    public ImportPlan read(InputStream in, Progress progress) throws IOException, CsvRefusedException {
        return reader.read(in, progress);
    }

    /** Stores a plan read earlier, merged with what is stored now. */
    public ImportReport apply(ImportPlan plan, Progress progress) {
        return store(plan, progress, 0);
    }

    private ImportReport store(ImportPlan plan, Progress progress, long start) {
        Progress merging = new ProgressSpan(progress, start, start + (ProgressSpan.WHOLE - start) / 4);
        MemberMerge merge = new MemberMerge(plan.columns());
        List<Member> toSave = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>(plan.rejected());
        int created = 0;
        int updated = 0;
        int staffAdded = 0;
        int staffUpdated = 0;
        for (int i = 0; i < plan.members().size(); i++) {
            merging.checkCancelled();
            PlannedMember planned = plan.members().get(i);
            Optional<Member> stored = repository.findMemberByCode(planned.code());
            MemberMerge.Merged merged = stored.isPresent()
                    ? merge.merge(stored.get(), planned.member())
                    : new MemberMerge.Merged(planned.member(), planned.member().staff().size(), 0);
            // The rows were checked one by one; the merged whole (stored staff included) is checked again.
            Validation validation = MemberRules.validate(merged.member());
            if (validation.isValid()) {
                toSave.add(merged.member());
                created += stored.isPresent() ? 0 : 1;
                updated += stored.isPresent() ? 1 : 0;
                staffAdded += merged.staffAdded();
                staffUpdated += merged.staffUpdated();
            } else {
                rejected.add(new RejectedRow(planned.rowNumber(), columnErrors(validation), planned.rawValues()));
            }
            merging.update(i + 1, plan.members().size());
        }
        if (!toSave.isEmpty()) {
            repository.saveAll(toSave, new ProgressSpan(progress, start + (ProgressSpan.WHOLE - start) / 4,
                    ProgressSpan.WHOLE));
        }
        progress.update(ProgressSpan.WHOLE, ProgressSpan.WHOLE);
        rejected.sort(Comparator.comparingInt(RejectedRow::rowNumber));
        return new ImportReport(created, updated, staffAdded, staffUpdated, rejected);
    }

    private static List<FieldError> columnErrors(Validation validation) {
        return validation.errors().stream().map(LibraryCells::asColumnError).toList();
    }
}
