package id.jalin.crossservice.domain.csv;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CrossServiceRepository;
import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports card holders: a holder whose (home library, number) is stored is updated, any other is created, so
 * importing the same list twice doubles nobody. Everything good is stored in one transaction, so a Cancel or a
 * failure leaves the holders as they were.
 */
public final class HolderImportService {
    private final CrossServiceRepository repository;
    private final MemberService members;
    private final HolderCsvReader reader = new HolderCsvReader();

    public HolderImportService(CrossServiceRepository repository, MemberService members) {
        this.repository = repository;
        this.members = members;
    }

    /** Reads without storing, for showing what an import would do. */
    public HolderImportPlan read(InputStream in, Progress progress) throws IOException, CsvRefusedException {
        return reader.read(in, code -> members.memberByCode(code).map(Member::library).map(l -> l.id()), progress);
    }

    public HolderImportReport importCsv(InputStream in, Progress progress) throws IOException, CsvRefusedException {
        return apply(read(in, progress), progress);
    }

    /** Stores a plan read earlier, merged with what is stored now. */
    public HolderImportReport apply(HolderImportPlan plan, Progress progress) {
        List<CardHolder> toSave = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (PlannedHolder planned : plan.holders()) {
            progress.checkCancelled();
            CardHolder fromFile = planned.holder();
            Optional<CardHolder> stored = repository.findHolderByNumber(fromFile.homeLibraryId(), fromFile.number());
            if (stored.isPresent()) {
                toSave.add(over(stored.get(), fromFile, plan.columns()));
                updated++;
            } else {
                toSave.add(fromFile);
                created++;
            }
        }
        if (!toSave.isEmpty()) {
            repository.saveHolders(toSave, progress);
        }
        return new HolderImportReport(created, updated, plan.rejected());
    }

    /** The file's values over the stored holder; an optional column the file lacks keeps the stored value. */
    private static CardHolder over(CardHolder stored, CardHolder file, Set<HolderCsvColumn> columns) {
        return new CardHolder(stored.id(), stored.version(), stored.homeLibraryId(), stored.number(), file.name(),
                columns.contains(HolderCsvColumn.PROGRAMME) ? file.programme() : stored.programme(),
                columns.contains(HolderCsvColumn.KIND) ? file.kind() : stored.kind(),
                columns.contains(HolderCsvColumn.EMAIL) ? file.email() : stored.email(),
                columns.contains(HolderCsvColumn.PHONE) ? file.phone() : stored.phone());
    }
}
