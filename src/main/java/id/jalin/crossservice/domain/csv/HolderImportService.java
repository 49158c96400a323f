package id.jalin.crossservice.domain.csv;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServiceRepository;
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
    private final CrossServiceRepository repository;
    private final ImportReader<CardHolder> reader;

    public HolderImportService(CrossServiceRepository repository, MemberService members) {
        this.repository = repository;
        this.reader = new ImportReader<>(HolderColumns.SCHEMA, () -> new HolderRowPlanner(
                code -> members.memberByCode(code).map(Member::library).map(library -> library.id())));
    }

    /** Reads without storing, for showing what an import would do. */
    @Override
    public ImportPlan<CardHolder> read(InputStream in, Progress progress) throws IOException, ImportRefusedException {
        return reader.read(in, progress);
    }

    public HolderImportReport importFile(InputStream in, Progress progress)
            throws IOException, ImportRefusedException {
        return new FileImport<>(reader, this).importFile(in, progress);
    }

    /** Stores a plan read earlier, merged with what is stored now. */
    @Override
    public HolderImportReport apply(ImportPlan<CardHolder> plan, Progress progress) {
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
