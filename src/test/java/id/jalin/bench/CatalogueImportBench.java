package id.jalin.bench;

import id.jalin.catalogue.data.JooqHoldingsStore;
import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.SyntheticCatalogue;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.catalogue.load.HoldingsLoading;
import id.jalin.catalogue.search.LuceneCatalogueSearch;
import id.jalin.catalogue.source.CsvLayout;
import id.jalin.catalogue.source.MarcRecordWriter;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/**
 * The union catalogue's load end to end against a raw baseline, in one process: members' MARC21 files of synthetic
 * records (written first, not timed) loaded through the service (parse, store, cluster) and then indexed, and the
 * same files parsed by marc4j, inserted by plain JDBC batches and indexed by plain Lucene. Run with {@code -Xmx1g}:
 * {@code java -Xmx1g -cp ... id.jalin.bench.CatalogueImportBench [members] [records per member] [h2|postgres]}.
 */
public final class CatalogueImportBench {
    private CatalogueImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int perMember = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        boolean postgres = args.length > 2 && args[2].equals("postgres");
        Path folder = Files.createTempDirectory("jalin-catalogue-bench");
        List<Path> files = writeFiles(folder, members, perMember);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf("%d members x %d records = %,d holdings, %,d bytes of MARC21 (%.0f bytes a record)%n",
                members, perMember, (long) members * perMember, bytes, bytes / (double) members / perMember);

        // -Djalin.bench.raw=false skips the baseline while trying a change (the figures reported always have it)
        long rawCpu = cpu();
        long raw = Boolean.parseBoolean(System.getProperty("jalin.bench.raw", "true")) ? raw(folder, files, postgres) : 1;
        rawCpu = cpu() - rawCpu;
        long jalinCpu = cpu();
        long jalin = service(folder, files, postgres);
        jalinCpu = cpu() - jalinCpu;
        // on a machine shared with other work the wall clock waits for the cores too; the process's CPU time does not
        System.out.printf("CPU time of the process: raw %.1f s, Jalin %.1f s = %.2f x raw%n", rawCpu / 1e9,
                jalinCpu / 1e9, jalinCpu / (double) Math.max(rawCpu, 1));
        System.out.printf("raw pipeline (marc4j + JDBC batch + Lucene): %.1f s%n", raw / 1e9);
        System.out.printf("Jalin (load, cluster, store, index):        %.1f s  = %.2f x raw%n", jalin / 1e9,
                jalin / (double) raw);
        System.out.printf("heap max %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Database open(Path folder, String name, boolean postgres) {
        return postgres ? Database.open(TestDatabases.newPostgresSettings())
                : Database.open(ConnectionSettings.embedded(folder.resolve(name).resolve("jalin")));
    }

    private static List<Path> writeFiles(Path folder, int members, int perMember) throws Exception {
        SyntheticCatalogue synthetic = new SyntheticCatalogue(42, members);
        List<Path> files = new ArrayList<>();
        for (int member = 0; member < members; member++) {
            Path file = folder.resolve("member-" + member + ".mrc");
            List<CatalogueRecord> records = synthetic.member(member, perMember);
            try (OutputStream out = Files.newOutputStream(file)) {
                MarcRecordWriter.write(records, HoldingsSource.MARC21, out);
            }
            files.add(file);
        }
        return files;
    }

    private static long service(Path folder, List<Path> files, boolean postgres) throws Exception {
        Database database = open(folder, "jalin", postgres);
        try {
            return service(database, folder, files);
        } finally {
            // on H2 the close compacts the file when most of it is dead chunks (decision 0033): timed apart
            Path file = folder.resolve("jalin").resolve("jalin.mv.db");
            long bytes = Files.exists(file) ? Files.size(file) : 0;
            long closing = System.nanoTime();
            database.close();
            if (bytes > 0) {
                System.out.printf("  Jalin: closed in %.1f s, file %,d MiB before, %,d MiB after%n",
                        (System.nanoTime() - closing) / 1e9, bytes >> 20, Files.size(file) >> 20);
            }
        }
    }

    private static long service(Database database, Path folder, List<Path> files) throws Exception {
        {
            var register = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
            List<Long> ids = new ArrayList<>();
            for (int member = 0; member < files.size(); member++) {
                ids.add(register.save(new Member(Libraries.library("M" + member, "Perpustakaan " + member),
                        List.of())).library().id());
            }
            Map<Long, String> codes = new HashMap<>();
            ids.forEach(id -> codes.put(id, "M" + id));
            UnionCatalogueService service = new UnionCatalogueService(new JooqHoldingsStore(database.dsl(),
                    TestAudit.TRAIL, wanted -> wanted.stream().collect(Collectors.toMap(id -> id, codes::get)),
                    TestActors.AS_COORDINATOR, Clock.systemDefaultZone()), new Permissions(TestActors.AS_COORDINATOR));
            HoldingsLoading loading = new HoldingsLoading(service);
            long start = System.nanoTime();
            for (int member = 0; member < files.size(); member++) {
                long one = System.nanoTime();
                loading.loadFile(ids.get(member), HoldingsSource.MARC21, CsvLayout.DEFAULT, files.get(member),
                        Progress.NONE);
                if (member % 10 == 9 || member == files.size() - 1) {
                    System.out.printf("  Jalin: %d members loaded, last %.2f s%n", member + 1,
                            (System.nanoTime() - one) / 1e9);
                }
            }
            long stored = System.nanoTime();
            try (LuceneCatalogueSearch index = LuceneCatalogueSearch.open(folder.resolve("index"))) {
                index.update(service.feed(), Progress.NONE);
            }
            long end = System.nanoTime();
            System.out.printf("  Jalin: stored %.1f s, indexed %.1f s%n", (stored - start) / 1e9, (end - stored) / 1e9);
            return end - start;
        }
    }

    private static long raw(Path folder, List<Path> files, boolean postgres) throws Exception {
        try (Database database = open(folder, "raw", postgres);
             FSDirectory directory = FSDirectory.open(folder.resolve("raw-index"));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            database.dsl().execute("create table raw_record (id bigint primary key, member_id bigint, "
                    + "source_id varchar(200), title varchar(2000), author varchar(500), isbn varchar(100), "
                    + "publisher varchar(500), publish_year varchar(20), marc bytea)");
            long start = System.nanoTime();
            database.dsl().connection(connection -> rawInsert(connection, files, writer));
            writer.commit();
            return System.nanoTime() - start;
        }
    }

    private static void rawInsert(Connection connection, List<Path> files, IndexWriter writer) throws Exception {
        long id = 0;
        {
            {
                connection.setAutoCommit(false);
                for (int member = 0; member < files.size(); member++) {
                    try (var in = Files.newInputStream(files.get(member));
                         PreparedStatement insert = connection.prepareStatement(
                                 "insert into raw_record values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        MarcPermissiveStreamReader reader = new MarcPermissiveStreamReader(in, true, true);
                        int batch = 0;
                        while (reader.hasNext()) {
                            Record record = reader.next();
                            String title = sub(record, "245", 'a');
                            insert.setLong(1, ++id);
                            insert.setLong(2, member);
                            insert.setString(3, record.getControlNumber());
                            insert.setString(4, title);
                            insert.setString(5, sub(record, "100", 'a'));
                            insert.setString(6, sub(record, "020", 'a'));
                            insert.setString(7, sub(record, "264", 'b'));
                            insert.setString(8, sub(record, "264", 'c'));
                            insert.setBytes(9, title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            insert.addBatch();
                            if (++batch % 1000 == 0) {
                                insert.executeBatch();
                            }
                            Document document = new Document();
                            document.add(new StringField("id", String.valueOf(id), Field.Store.YES));
                            document.add(new TextField("title", title, Field.Store.YES));
                            document.add(new TextField("author", sub(record, "100", 'a'), Field.Store.YES));
                            writer.addDocument(document);
                        }
                        insert.executeBatch();
                    }
                    connection.commit();
                }
            }
        }
    }

    private static String sub(Record record, String tag, char code) {
        DataField field = (DataField) record.getVariableField(tag);
        if (field == null || field.getSubfield(code) == null) {
            return "";
        }
        return field.getSubfield(code).getData();
    }
}
