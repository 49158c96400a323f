package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_WORK;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * After records left works (a member's re-import, a removal, a split or a join): the works nobody holds any more go,
 * and a work whose showing record left is shown by its first remaining record instead.
 */
final class WorkCleanup {
    private final DSLContext tx;

    WorkCleanup(DSLContext tx) {
        this.tx = tx;
    }

    void afterLoad(Collection<Long> touchedWorks) {
        List<Long> ids = new ArrayList<>(touchedWorks);
        for (int from = 0; from < ids.size(); from += LoadRun.BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + LoadRun.BATCH));
            tx.deleteFrom(CATALOGUE_WORK).where(CATALOGUE_WORK.ID.in(chunk),
                    DSL.notExists(DSL.selectOne().from(CATALOGUE_RECORD)
                            .where(CATALOGUE_RECORD.WORK_ID.eq(CATALOGUE_WORK.ID)))).execute();
            reshow(chunk);
        }
    }

    /** Each remaining work shown by its lowest-numbered record: the same choice every load and every desk makes. */
    private void reshow(List<Long> works) {
        var first = DSL.min(CATALOGUE_RECORD.ID).as("first_id");
        var firstIds = tx.select(first).from(CATALOGUE_RECORD).where(CATALOGUE_RECORD.WORK_ID.in(works))
                .groupBy(CATALOGUE_RECORD.WORK_ID).fetch(first);
        if (firstIds.isEmpty()) {
            return;
        }
        var update = tx.batch(tx.update(CATALOGUE_WORK).set(CATALOGUE_WORK.TITLE, (String) null)
                .set(CATALOGUE_WORK.AUTHOR, (String) null).set(CATALOGUE_WORK.PUBLISH_YEAR, (Integer) null)
                .set(CATALOGUE_WORK.KIND, (String) null).set(CATALOGUE_WORK.EDITION, (String) null)
                .where(CATALOGUE_WORK.ID.eq((Long) null)));
        tx.selectFrom(CATALOGUE_RECORD).where(CATALOGUE_RECORD.ID.in(firstIds)).forEach(row -> {
            var record = RecordRows.record(row);
            update.bind(RecordRows.cut(LoadRun.displayTitle(record), 2000), RecordRows.cut(record.mainAuthor(), 500),
                    record.year(), record.kind().name(), RecordRows.cut(record.edition(), 200), row.getWorkId());
        });
        update.execute();
    }
}
