package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Tables.CATALOGUE_LOAD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_WORK;

import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.ShownTitle;
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
            CATALOGUE_WORK.PUBLISH_YEAR, CATALOGUE_WORK.KIND, CATALOGUE_WORK.EDITION, CATALOGUE_RECORD.WORK_ID,
            CATALOGUE_RECORD.ID, CATALOGUE_RECORD.MEMBER_ID, CATALOGUE_RECORD.SOURCE_ID, CATALOGUE_RECORD.TITLE, CATALOGUE_RECORD.SUBTITLE,
            CATALOGUE_RECORD.AUTHORS, CATALOGUE_RECORD.SUBJECTS, CATALOGUE_RECORD.PUBLISHER,
            CATALOGUE_RECORD.IDENTIFIERS, CATALOGUE_RECORD.COPIES, CATALOGUE_RECORD.CALL_NUMBER);

    private final DSLContext dsl;
    private final int spillRows;

    JooqWorkFeed(DSLContext dsl) {
        this(dsl, WorkSpill.ROWS);
    }

    /** A feed whose whole read spills about {@code spillRows} records a file (small in a test, to make several). */
    JooqWorkFeed(DSLContext dsl, int spillRows) {
        this.dsl = dsl;
        this.spillRows = spillRows;
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
        // one pass over the records as stored, not a walk in work order that reads each page many times (decision 0022)
        dsl.transaction(configuration -> new WorkSpill(configuration.dsl(), spillRows).read(sink, progress));
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
                    gathering = new WorkGathering(workId, row.get(CATALOGUE_WORK.TITLE), row.get(CATALOGUE_WORK.AUTHOR),
                            row.get(CATALOGUE_WORK.PUBLISH_YEAR), row.get(CATALOGUE_WORK.KIND),
                            row.get(CATALOGUE_WORK.EDITION));
                }
                gathering.add(WorkSpill.part(row));
                if (++rows % 1000 == 0) {
                    progress.checkCancelled();
                }
            }
            if (gathering != null) {
                sink.accept(gathering.work());
            }
        }
    }

    /** One work's records as they come, gathered into what the index holds of the work. */
    static final class WorkGathering {
        private final long workId;
        private final String title;
        private final String author;
        private final Integer year;
        private final String kind;
        private final String edition;
        private final Set<String> titles = new LinkedHashSet<>();
        private final Set<String> authors = new LinkedHashSet<>();
        private final Set<String> subjects = new LinkedHashSet<>();
        private final Set<String> publishers = new LinkedHashSet<>();
        private final Set<String> isbns = new LinkedHashSet<>();
        private final Set<String> issns = new LinkedHashSet<>();
        private final List<Holding> holdings = new ArrayList<>();

        WorkGathering(long workId, String title, String author, Integer year, String kind, String edition) {
            this.workId = workId;
            this.title = title;
            this.author = author;
            this.year = year;
            this.kind = kind;
            this.edition = edition;
        }

        long workId() {
            return workId;
        }

        void add(WorkSpill.Part part) {
            titles.add(part.subtitle().isEmpty() ? part.title() : part.title() + " : " + part.subtitle());
            authors.addAll(RecordRows.split(part.authors()));
            subjects.addAll(RecordRows.split(part.subjects()));
            if (!part.publisher().isEmpty()) {
                publishers.add(part.publisher());
            }
            for (String identifier : RecordRows.words(part.identifiers())) {
                if (identifier.startsWith("isbn:")) {
                    isbns.add(identifier.substring(5));
                } else if (identifier.startsWith("issn:")) {
                    String issn = identifier.substring(5);
                    issns.add(issn.substring(0, 4) + "-" + issn.substring(4));
                }
            }
            holdings.add(new Holding(part.memberId(), part.recordId(), part.sourceId(), part.copies(),
                    part.callNumber()));
        }

        IndexedWork work() {
            return new IndexedWork(workId, ShownTitle.of(title, titles), author, year, MaterialKind.valueOf(kind),
                    edition, List.copyOf(titles), List.copyOf(authors), List.copyOf(subjects), List.copyOf(publishers),
                    List.copyOf(isbns), List.copyOf(issns), holdings);
        }
    }
}
