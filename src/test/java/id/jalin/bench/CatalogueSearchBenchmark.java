package id.jalin.bench;

import id.jalin.bench.CatalogueBenchData.BenchQuery;
import id.jalin.bench.CatalogueBenchData.QueryClass;
import id.jalin.catalogue.domain.CatalogueHits;
import id.jalin.catalogue.search.LuceneCatalogueSearch;
import id.jalin.catalogue.search.RawCatalogueQueries;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The union catalogue's search on 1,000,000 holdings, one query class at a time, through the service (hits with
 * their holdings) and straight on Lucene; JMH's sample mode prints p50/p95/p99 for each. The index is built once, in
 * a folder of the temporary directory that later trials (one per class and method) find up to date and reuse.
 * {@link CatalogueSearchBench} prints the same figures for all classes in one table, with the build and update times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogueSearchBenchmark {
    @Param({"TITLE_WORDS", "AUTHOR", "ISBN", "SUBJECT", "PREFIX_1", "PREFIX_2", "PREFIX_3", "PREFIX_4"})
    String queryClass;

    private LuceneCatalogueSearch search;
    private DirectoryReader reader;
    private IndexSearcher raw;
    private List<BenchQuery> queries;
    private int next;

    @Setup(Level.Trial)
    public void index() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "jalin-catalogue-bench-" + CatalogueBenchData.WORKS);
        Files.createDirectories(folder);
        CatalogueBenchData data = new CatalogueBenchData();
        search = LuceneCatalogueSearch.open(folder);
        // the first trial builds; the next ones find the same generations and read nothing
        search.update(data, Progress.NONE);
        reader = DirectoryReader.open(FSDirectory.open(folder));
        raw = new IndexSearcher(reader);
        QueryClass kind = QueryClass.valueOf(queryClass);
        queries = data.queries(1_000).stream().filter(query -> query.kind() == kind).toList();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        reader.close();
        search.close();
    }

    @Benchmark
    public CatalogueHits service() {
        return search.search(nextQuery().query());
    }

    @Benchmark
    public TopDocs rawLucene() throws IOException {
        BenchQuery query = nextQuery();
        return raw.search(RawCatalogueQueries.luceneQuery(query.query()), query.query().limit());
    }

    private BenchQuery nextQuery() {
        BenchQuery query = queries.get(next);
        next = (next + 1) % queries.size();
        return query;
    }
}
