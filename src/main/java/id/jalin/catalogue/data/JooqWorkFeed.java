package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Tables.CATALOGUE_LOAD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_WORK;

import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.WorkFeed;
import id.jalin.kernel.task.Progress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The works as the search index reads them: each work's row with its records, read in work order through a cursor
 * (a million records are never in memory at once) and gathered into one {@link IndexedWork} per work.
 */
final class JooqWorkFeed implements WorkFeed {
    private static final int CHUNK = 500;
    private static final List<Field<?>> READ = List.of(CATALOGUE_WORK.ID, CATALOGUE_WORK.TITLE, CATALOGUE_WORK.AUTHOR,
            CATALOGUE_WORK.PUBLISH_YEAR, CATALOGUE_WORK.KIND, CATALOGUE_WORK.EDITION, CATALOGUE_RECORD.ID,
            CATALOGUE_RECORD.MEMBER_ID, CATALOGUE_RECORD.SOURCE_ID, CATALOGUE_RECORD.TITLE, CATALOGUE_RECORD.SUBTITLE,
            CATALOGUE_RECORD.AUTHORS, CATALOGUE_RECORD.SUBJECTS, CATALOGUE_RECORD.PUBLISHER,
            CATALOGUE_RECORD.IDENTIFIERS, CATALOGUE_RECORD.COPIES, CATALOGUE_RECORD.CALL_NUMBER);

    private final DSLContext dsl;

    JooqWorkFeed(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<Long, Long> generations() {
        return dsl.select(CATALOGUE_LOAD.MEMBER_ID, CATALOGUE_LOAD.GENERATION).from(CATALOGUE_LOAD)
                .fetchMap(CATALOGUE_LOAD.MEMBER_ID, CATALOGUE_LOAD.GENERATION);
    }

    @Override
    public long workCount() {
        return dsl.fetchCount(CATALOGUE_WORK);
    }

    @Override
    public void allWorks(Consumer<IndexedWork> sink, Progress progress) {
        dsl.transaction(configuration -> read(configuration.dsl(), DSL.trueCondition(), sink, progress));
    }

    @Override
    public void worksOfMembers(Collection<Long> memberIds, Consumer<IndexedWork> sink, Progress progress) {
        Set<Long> works = new TreeSet<>();
        List<Long> members = new ArrayList<>(memberIds);
        for (int from = 0; from < members.size(); from += CHUNK) {
            works.addAll(dsl.selectDistinct(CATALOGUE_RECORD.WORK_ID).from(CATALOGUE_RECORD)
                    .where(CATALOGUE_RECORD.MEMBER_ID.in(members.subList(from, Math.min(members.size(), from + CHUNK))))
                    .fetch(CATALOGUE_RECORD.WORK_ID));
        }
        works(works, sink, progress);
    }

    @Override
    public void works(Collection<Long> workIds, Consumer<IndexedWork> sink, Progress progress) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(workIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            progress.checkCancelled();
            read(dsl, CATALOGUE_WORK.ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))), sink, progress);
        }
    }

    private static void read(DSLContext dsl, Condition which, Consumer<IndexedWork> sink, Progress progress) {
        try (var cursor = dsl.select(READ).from(CATALOGUE_WORK).join(CATALOGUE_RECORD)
                .on(CATALOGUE_RECORD.WORK_ID.eq(CATALOGUE_WORK.ID)).where(which)
                .orderBy(CATALOGUE_WORK.ID, CATALOGUE_RECORD.ID).fetchSize(1000).fetchLazy()) {
            WorkGathering gathering = null;
            int rows = 0;
            for (Record row : cursor) {
                long workId = row.get(CATALOGUE_WORK.ID);
                if (gathering == null || gathering.workId != workId) {
                    if (gathering != null) {
                        sink.accept(gathering.work());
                    }
                    gathering = new WorkGathering(row);
                }
                gathering.add(row);
                if (++rows % 1000 == 0) {
                    progress.checkCancelled();
                }
            }
            if (gathering != null) {
                sink.accept(gathering.work());
            }
        }
    }

    /** One work's rows as they come from the cursor. */
    private static final class WorkGathering {
        private final long workId;
        private final Record workRow;
        private final Set<String> titles = new LinkedHashSet<>();
        private final Set<String> authors = new LinkedHashSet<>();
        private final Set<String> subjects = new LinkedHashSet<>();
        private final Set<String> publishers = new LinkedHashSet<>();
        private final Set<String> isbns = new LinkedHashSet<>();
        private final Set<String> issns = new LinkedHashSet<>();
        private final List<Holding> holdings = new ArrayList<>();

        WorkGathering(Record row) {
            this.workId = row.get(CATALOGUE_WORK.ID);
            this.workRow = row;
        }

        void add(Record row) {
            String subtitle = row.get(CATALOGUE_RECORD.SUBTITLE);
            titles.add(subtitle.isEmpty() ? row.get(CATALOGUE_RECORD.TITLE)
                    : row.get(CATALOGUE_RECORD.TITLE) + " : " + subtitle);
            authors.addAll(RecordRows.split(row.get(CATALOGUE_RECORD.AUTHORS)));
            subjects.addAll(RecordRows.split(row.get(CATALOGUE_RECORD.SUBJECTS)));
            String publisher = row.get(CATALOGUE_RECORD.PUBLISHER);
            if (!publisher.isEmpty()) {
                publishers.add(publisher);
            }
            for (String identifier : RecordRows.words(row.get(CATALOGUE_RECORD.IDENTIFIERS))) {
                if (identifier.startsWith("isbn:")) {
                    isbns.add(identifier.substring(5));
                } else if (identifier.startsWith("issn:")) {
                    String issn = identifier.substring(5);
                    issns.add(issn.substring(0, 4) + "-" + issn.substring(4));
                }
            }
            holdings.add(new Holding(row.get(CATALOGUE_RECORD.MEMBER_ID), row.get(CATALOGUE_RECORD.ID),
                    row.get(CATALOGUE_RECORD.SOURCE_ID), row.get(CATALOGUE_RECORD.COPIES),
                    row.get(CATALOGUE_RECORD.CALL_NUMBER)));
        }

        IndexedWork work() {
            return new IndexedWork(workId, workRow.get(CATALOGUE_WORK.TITLE), workRow.get(CATALOGUE_WORK.AUTHOR),
                    workRow.get(CATALOGUE_WORK.PUBLISH_YEAR), MaterialKind.valueOf(workRow.get(CATALOGUE_WORK.KIND)),
                    workRow.get(CATALOGUE_WORK.EDITION), List.copyOf(titles), List.copyOf(authors),
                    List.copyOf(subjects), List.copyOf(publishers), List.copyOf(isbns), List.copyOf(issns), holdings);
        }
    }
}
