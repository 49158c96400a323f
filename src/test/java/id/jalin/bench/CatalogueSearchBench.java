package id.jalin.bench;

import id.jalin.bench.CatalogueBenchData.BenchQuery;
import id.jalin.catalogue.search.LuceneCatalogueSearch;
import id.jalin.catalogue.search.RawCatalogueQueries;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * The union catalogue's search on 1,000,000 holdings (50 members × 20,000 records, about 700,000 works), with a raw
 * Lucene baseline measured in the same run: the full build, the index's size, 1,000 mixed queries through
 * {@link LuceneCatalogueSearch#search} (hits decoded with their holdings) and the same Lucene queries straight on an
 * IndexSearcher (top 50 doc ids only), p50/p95/p99 per query class, and the update after one member re-imports.
 *
 * <p>Run: {@code java -Xmx1g -cp <test classpath> id.jalin.bench.CatalogueSearchBench [folder [--reuse]]} (the
 * folder is emptied first unless {@code --reuse} keeps the index an earlier run built there; a temporary one when
 * none is given).
 */
public final class CatalogueSearchBench {
    private static final int QUERIES = 1_000;
    private static final int ROUNDS = 5;

    private CatalogueSearchBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("jalin-catalogue-bench");
        boolean reuse = args.length > 1 && args[1].equals("--reuse");
        if (!reuse) {
            clear(folder);
        }
        System.out.printf(Locale.ROOT, "heap max %d MiB, %d processors, load %.2f%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), load());
        CatalogueBenchData data = new CatalogueBenchData();
        System.out.printf(Locale.ROOT, "%d members, %d works, %d holdings%n", CatalogueBenchData.MEMBERS,
                CatalogueBenchData.WORKS, data.holdings());

        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            long start = System.nanoTime();
            search.update(data, Progress.NONE);
            System.out.printf(Locale.ROOT, (reuse ? "index reused, brought up to date" : "full build") + ": %.1f s, %d works indexed, %.1f MiB on disk, load %.2f%n",
                    seconds(start), search.workCount(), size(folder) / 1048576.0, load());

            List<BenchQuery> queries = data.queries(QUERIES);
            Map<String, List<Long>> service = new java.util.TreeMap<>();
            Map<String, List<Long>> raw = new java.util.TreeMap<>();
            Map<String, List<Long>> prefixQuery = new java.util.TreeMap<>();
            Map<String, Long> hits = new java.util.TreeMap<>();
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int round = 0; round <= ROUNDS; round++) {
                    boolean measured = round > 0;
                    for (BenchQuery asked : queries) {
                        String key = asked.kind() + (asked.memberFilter() ? " +member" : "");
                        long t0 = System.nanoTime();
                        long total = search.search(asked.query()).total();
                        long t1 = System.nanoTime();
                        Query query = RawCatalogueQueries.luceneQuery(asked.query());
                        searcher.search(query, asked.query().limit());
                        long t2 = System.nanoTime();
                        if (measured) {
                            service.computeIfAbsent(key, k -> new ArrayList<>()).add(t1 - t0);
                            raw.computeIfAbsent(key, k -> new ArrayList<>()).add(t2 - t1);
                            hits.merge(key, total, Long::sum);
                        }
                        if (asked.kind().name().startsWith("PREFIX")) {
                            Query expanded = RawCatalogueQueries.prefixOverWords(asked.query().text(),
                                    List.copyOf(asked.query().memberIds()));
                            long t3 = System.nanoTime();
                            searcher.search(expanded, asked.query().limit());
                            if (measured) {
                                prefixQuery.computeIfAbsent(key, k -> new ArrayList<>()).add(System.nanoTime() - t3);
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%d queries x %d rounds (after 1 warm-up round), load %.2f; ms%n",
                    queries.size(), ROUNDS, load());
            System.out.printf(Locale.ROOT, "%-20s %6s | %7s %7s %7s | %7s %7s %7s | %5s | %s%n", "class", "n",
                    "svc p50", "p95", "p99", "raw p50", "p95", "p99", "x p95", "PrefixQuery p50/p95/p99");
            for (String key : service.keySet()) {
                long[] s = sorted(service.get(key));
                long[] r = sorted(raw.get(key));
                String expanded = prefixQuery.containsKey(key) ? percentiles(sorted(prefixQuery.get(key))) : "";
                System.out.printf(Locale.ROOT, "%-20s %6d | %7.2f %7.2f %7.2f | %7.2f %7.2f %7.2f | %5.1f | %s%n", key,
                        s.length, ms(s, 50), ms(s, 95), ms(s, 99), ms(r, 50), ms(r, 95), ms(r, 99),
                        ms(s, 95) / Math.max(ms(r, 95), 0.001), expanded);
            }
            hits.forEach((key, total) -> System.out.printf(Locale.ROOT, "mean total hits %-20s %d%n", key,
                    total / service.get(key).size()));

            int member = 7;
            data.reloadMember(member - 1);
            start = System.nanoTime();
            search.update(data, Progress.NONE);
            System.out.printf(Locale.ROOT, "update after member %d re-imports %d records: %.1f s, %.1f MiB on disk, load %.2f%n",
                    member, data.recordsOf(member - 1), seconds(start), size(folder) / 1048576.0, load());
        }
    }

    private static String percentiles(long[] sorted) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", ms(sorted, 50), ms(sorted, 95), ms(sorted, 99));
    }

    private static long[] sorted(List<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return values;
    }

    private static double ms(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void clear(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}
