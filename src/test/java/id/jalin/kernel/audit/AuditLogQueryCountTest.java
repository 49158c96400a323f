package id.jalin.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.paging.PageRequest;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/** A page of the audit trail costs the same number of queries for 5 entries as for 150, whatever their changes. */
class AuditLogQueryCountTest {
    private int pageQueries(int entries) {
        try (Database database = TestDatabases.h2()) {
            AuditTrail trail = new JooqAuditTrail(TestActors.AS_COORDINATOR, Clock.systemDefaultZone());
            database.dsl().transaction(c -> {
                for (int i = 0; i < entries; i++) {
                    trail.record(c.dsl(), new AuditEntry("member", "library", i, "Perpustakaan " + i,
                            AuditAction.UPDATE, List.of(new FieldChange("city", "Bandung", "Bogor " + i),
                            new FieldChange("phone", null, "022-" + i))));
                }
            });
            List<String> statements = new CopyOnWriteArrayList<>();
            DSLContext counted = database.dsl().configuration().derive(new DefaultExecuteListenerProvider(
                    new ExecuteListener() {
                        @Override
                        public void executeStart(ExecuteContext context) {
                            statements.add(context.sql());
                        }
                    })).dsl();
            var page = new JooqAuditLog(counted).page(AuditFilter.ALL.byUser("koordinator"),
                    PageRequest.first(AuditSort.TIME).filteredBy("perpustakaan"));
            assertThat(page.rows()).hasSize(Math.min(50, entries)).allSatisfy(e -> assertThat(e.changes()).hasSize(2));
            return statements.size();
        }
    }

    @Test
    void aPageIsTwoQueriesHoweverLongTheTrail() {
        // the entries with their total in one pass, then the page's changes in one IN query
        assertThat(pageQueries(5)).isEqualTo(2);
        assertThat(pageQueries(150)).isEqualTo(2);
    }
}
