package id.jalin.crossservice.domain.csv;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServiceRepository;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.importing.FileImport;
import id.jalin.kernel.importing.Importer;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportReader;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.task.ProgressSpan;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports card holders from a CSV or XLSX file (layout in {@code docs/csv-card-holder-import.md}): a holder whose
 * (home library, number) is stored is updated, any other is created, so importing the same list twice doubles
 * nobody. Everything good is stored in one transaction, so a Cancel or a failure leaves the holders as they were.
 */
public final class HolderImportService implements Importer<CardHolder, HolderImportReport> {
    private static final String OPERATION = "import card holders";
    private final CrossServiceRepository repository;
    private final Permissions permissions;
    private final ImportReader<CardHolder> reader;

    /**
     * Forum staff import holders of any library; a library's own staff only a file whose every row is for their
     * library: a file naming another library is refused whole, before anything is stored (decision record 0016).
     */
    public HolderImportService(CrossServiceRepository repository, MemberService members, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
        this.reader = new ImportReader<>(HolderColumns.SCHEMA, () -> new HolderRowPlanner(
                code -> members.memberByCode(code).map(Member::library).map(library -> library.id())));
    }

    /** Whether to offer the import at all: to forum staff and to member staff (for their own library). */
    public boolean mayImport() {
        return permissions.mayChangeForumRecords() || permissions.actor().library().isPresent();
    }

    /** Reads without storing, for showing what an import would do. */
    @Override
    public ImportPlan<CardHolder> read(InputStream in, Progress progress) throws IOException, ImportRefusedException {
        return reader.read(in, progress);
    }

    public HolderImportReport importFile(InputStream in, Progress progress)
            throws IOException, ImportRefusedException {
        if (!mayImport()) {
            permissions.requireForumStaff(OPERATION);
        }
        return new FileImport<>(reader, this).importFile(in, progress);
    }

    /** Stores a plan read earlier, merged with what is stored now. */
    @Override
    public HolderImportReport apply(ImportPlan<CardHolder> plan, Progress progress) {
        plan.items().stream().map(item -> item.value().homeLibraryId()).distinct()
                .forEach(library -> permissions.requireLibrary(library, OPERATION));
        // Looking holders up is quick next to saving them; the bar is the save's, Cancel is checked throughout.
        Progress merging = new ProgressSpan(progress, 0, ProgressSpan.WHOLE / 4);
        List<CardHolder> toSave = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (int i = 0; i < plan.items().size(); i++) {
            merging.checkCancelled();
            CardHolder fromFile = plan.items().get(i).value();
            Optional<CardHolder> stored = repository.findHolderByNumber(fromFile.homeLibraryId(), fromFile.number());
            if (stored.isPresent()) {
                toSave.add(over(stored.get(), fromFile, plan));
                updated++;
            } else {
                toSave.add(fromFile);
                created++;
            }
        }
        if (!toSave.isEmpty()) {
            repository.saveHolders(toSave, new ProgressSpan(progress, ProgressSpan.WHOLE / 4, ProgressSpan.WHOLE));
        }
        return new HolderImportReport(created, updated, plan.rejected());
    }

    /** The file's values over the stored holder; an optional column the file lacks keeps the stored value. */
    private static CardHolder over(CardHolder stored, CardHolder file, ImportPlan<CardHolder> plan) {
        return new CardHolder(stored.id(), stored.version(), stored.homeLibraryId(), stored.number(), file.name(),
                plan.has(HolderColumns.PROGRAMME) ? file.programme() : stored.programme(),
                plan.has(HolderColumns.KIND) ? file.kind() : stored.kind(),
                plan.has(HolderColumns.EMAIL) ? file.email() : stored.email(),
                plan.has(HolderColumns.PHONE) ? file.phone() : stored.phone());
    }
}
