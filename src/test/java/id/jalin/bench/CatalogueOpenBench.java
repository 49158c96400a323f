package id.jalin.bench;

import id.jalin.catalogue.data.JooqHoldingsStore;
import id.jalin.catalogue.domain.CatalogueQuery;
import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.catalogue.search.LuceneCatalogueSearch;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.task.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Set;

/**
 * What opening the catalogue screen costs on a database of a million holdings, without the window: the workstation's
 * index opened, brought up to date against the database's per-member generations (nothing changed), the members'
 * loads read, and the first search answered: the work between the click and a usable search box. Run on the folder
 * {@link CatalogueImportBench} left behind (its {@code jalin} database and {@code index}):
 * {@code java -Xmx1g -cp ... id.jalin.bench.CatalogueOpenBench /tmp/jalin-catalogue-bench...}.
 */
public final class CatalogueOpenBench {
    private CatalogueOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long opening = System.nanoTime();
        try (Database database = Database.open(ConnectionSettings.embedded(folder.resolve("jalin").resolve("jalin")))) {
            System.out.printf("database opened: %.0f ms%n", (System.nanoTime() - opening) / 1e6);
            UnionCatalogueService service = new UnionCatalogueService(new JooqHoldingsStore(database.dsl(),
                    TestAudit.TRAIL, ids -> new HashMap<>(), TestActors.AS_COORDINATOR, Clock.systemDefaultZone()),
                    new Permissions(TestActors.AS_COORDINATOR));
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                try (LuceneCatalogueSearch index = LuceneCatalogueSearch.open(folder.resolve("index"))) {
                    long opened = System.nanoTime();
                    index.update(service.feed(), Progress.NONE);
                    long current = System.nanoTime();
                    int loads = service.loads().size();
                    long listed = System.nanoTime();
                    long hits = index.search(new CatalogueQuery("pengantar", Set.of(), null, null, Set.of(),
                            CatalogueSort.RELEVANCE, 50)).total();
                    long searched = System.nanoTime();
                    System.out.printf("round %d: index open %.0f ms, up to date %.0f ms, %d loads %.0f ms, "
                                    + "first search (%d hits) %.0f ms; total %.0f ms%n", round,
                            (opened - start) / 1e6, (current - opened) / 1e6, loads, (listed - current) / 1e6, hits,
                            (searched - listed) / 1e6, (searched - start) / 1e6);
                }
            }
        }
    }
}
