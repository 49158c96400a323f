package id.jalin.member.domain.csv;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.importing.FileImport;
import id.jalin.kernel.importing.Importer;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportReader;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.task.ProgressSpan;
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
 * Imports members from a CSV or XLSX file (layout in {@code docs/csv-member-import.md}) into the register: a
 * library whose code is stored is updated, any other is created, so importing the same file twice changes nothing
 * the second time. Everything good is stored in one transaction, so a Cancel or a failure leaves the register as it
 * was.
 */
public final class MemberImportService implements Importer<Member, ImportReport> {
    private static final String OPERATION = "import members";
    private final MemberRepository repository;
    private final Permissions permissions;
    private final ImportReader<Member> reader = new ImportReader<>(MemberColumns.SCHEMA, MemberRowPlanner::new);

    /** An import touches any library in the register, so only forum staff may run one (decision record 0016). */
    public MemberImportService(MemberRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    /** Whether to offer the import at all (the service checks again). */
    public boolean mayImport() {
        return permissions.mayChangeForumRecords();
    }

    /** Reads and stores in one go; progress covers both. */
    public ImportReport importFile(InputStream in, Progress progress) throws IOException, ImportRefusedException {
        permissions.requireForumStaff(OPERATION);
        return new FileImport<>(reader, this).importFile(in, progress);
    }

    /** Reads a file without storing anything, for showing what an import would do. */
    @Override
    public ImportPlan<Member> read(InputStream in, Progress progress) throws IOException, ImportRefusedException {
        return reader.read(in, progress);
    }

    /** Stores a plan read earlier, merged with what is stored now. */
    @Override
    public ImportReport apply(ImportPlan<Member> plan, Progress progress) {
        permissions.requireForumStaff(OPERATION);
        Progress merging = new ProgressSpan(progress, 0, ProgressSpan.WHOLE / 4);
        MemberMerge merge = new MemberMerge(plan.columns());
        List<Member> toSave = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>(plan.rejected());
        int created = 0;
        int updated = 0;
        int staffAdded = 0;
        int staffUpdated = 0;
        for (int i = 0; i < plan.items().size(); i++) {
            merging.checkCancelled();
            Planned<Member> planned = plan.items().get(i);
            Optional<Member> stored = repository.findMemberByCode(planned.value().library().code());
            MemberMerge.Merged merged = stored.isPresent()
                    ? merge.merge(stored.get(), planned.value())
                    : new MemberMerge.Merged(planned.value(), planned.value().staff().size(), 0);
            // The rows were checked one by one; the merged whole (stored staff included) is checked again.
            Validation validation = MemberRules.validate(merged.member());
            if (validation.isValid()) {
                toSave.add(merged.member());
                created += stored.isPresent() ? 0 : 1;
                updated += stored.isPresent() ? 1 : 0;
                staffAdded += merged.staffAdded();
                staffUpdated += merged.staffUpdated();
            } else {
                rejected.add(planned.rejected(columnErrors(validation)));
            }
            merging.update(i + 1, plan.items().size());
        }
        if (!toSave.isEmpty()) {
            repository.saveAll(toSave, new ProgressSpan(progress, ProgressSpan.WHOLE / 4, ProgressSpan.WHOLE));
        }
        progress.update(ProgressSpan.WHOLE, ProgressSpan.WHOLE);
        rejected.sort(Comparator.comparingInt(RejectedRow::rowNumber));
        return new ImportReport(created, updated, staffAdded, staffUpdated, rejected);
    }

    private static List<FieldError> columnErrors(Validation validation) {
        return validation.errors().stream().map(LibraryCells::asColumnError).toList();
    }
}
