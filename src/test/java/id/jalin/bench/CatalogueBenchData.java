package id.jalin.bench;

import id.jalin.catalogue.domain.CatalogueQuery;
import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.WorkFeed;
import id.jalin.kernel.task.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A seeded union catalogue for the search benchmarks, made on the fly (never all in memory): 50 members × about
 * 20,000 records, about 30% of each member's titles in works that several members hold (2 to 7 of them), so
 * 700,000 works carry about 1,000,000 holdings. Titles mix Indonesian and English words (common words often, rare
 * words seldom), authors, subjects, publishers, years 1970-2024 (some missing) and ISBNs (80% of works), as the
 * search box meets them. Also the feed the index reads, and 1,000 mixed queries drawn from the same works.
 */
final class CatalogueBenchData implements WorkFeed {
    static final int MEMBERS = 50;
    /** 700,000 (about 1,000,000 holdings); {@code -Djalin.bench.works=} for a quicker trial. */
    static final int WORKS = Integer.getInteger("jalin.bench.works", 700_000);
    private static final long SEED = 20_261_201L;

    private static final String[] INDONESIAN = ("pengantar ilmu perpustakaan sejarah pendidikan ekonomi hukum manajemen "
            + "sistem informasi analisis pengembangan teknologi bahasa indonesia sastra kebudayaan masyarakat agama islam "
            + "negara politik pembangunan pertanian kesehatan metode penelitian kualitatif kuantitatif dasar teori praktik "
            + "studi kasus kota desa jawa barat timur sumatra kalimantan sulawesi anak remaja keluarga perempuan guru siswa "
            + "mahasiswa universitas perguruan tinggi akuntansi keuangan perbankan syariah pemasaran strategi kebijakan "
            + "publik administrasi pemerintahan daerah otonomi lingkungan hidup air tanah hutan laut pesisir perikanan "
            + "peternakan tanaman pangan gizi kedokteran keperawatan farmasi kimia fisika matematika statistika biologi "
            + "geografi geologi teknik sipil mesin elektro komputer jaringan basis data pemrograman aplikasi perancangan "
            + "evaluasi kinerja pengaruh terhadap hubungan antara peran dalam dan di pada untuk dari tentang sebagai "
            + "melalui berbasis modern klasik baru tradisional nasional internasional global lokal sosial budaya seni "
            + "musik tari arsitektur rumah adat bangunan jalan transportasi energi listrik minyak bumi gas tambang "
            + "industri usaha kecil menengah koperasi pasar perdagangan pajak anggaran audit etika filsafat psikologi "
            + "konseling bimbingan kurikulum pembelajaran cerita rakyat novel puisi kumpulan cerpen").split(" ");
    private static final String[] ENGLISH = ("introduction to the of and in for a principles handbook library science "
            + "information management systems analysis design history theory practice research methods modern economics "
            + "law education development social political culture language literature english grammar reading writing "
            + "communication media digital computer programming software engineering data database networks security "
            + "mathematics calculus algebra statistics probability physics chemistry biology ecology environment climate "
            + "water energy health medicine nursing public policy business marketing finance accounting banking islamic "
            + "asian southeast indonesia java colonial world war children family women psychology learning teaching "
            + "curriculum assessment quality performance strategy organization leadership human resources urban rural "
            + "agriculture food nutrition fisheries forestry geography tourism architecture art music philosophy ethics "
            + "religion society anthropology archaeology economy trade global international relations studies approach "
            + "perspective case essays selected readings advanced fundamentals applied concepts guide").split(" ");
    private static final String[] GIVEN = ("Ahmad Budi Siti Dewi Agus Sri Eko Rina Hendra Yuni Bambang Nur Joko Ratna "
            + "Slamet Wahyu Ani Dian Rudi Lestari Fajar Indah Taufik Maya Hadi Ayu Yusuf Fitri Arif Wulan John Mary "
            + "David Sarah Michael Anne Robert Linda Peter Susan").split(" ");
    private static final String[] SURNAMES = ("Sulistyo-Basuki Koentjaraningrat Hidayat Santoso Wijaya Pratama Saputra "
            + "Kusuma Nugroho Setiawan Hartono Gunawan Siregar Nasution Harahap Simanjuntak Lubis Situmorang Tanjung "
            + "Syahputra Hakim Rahman Hasan Aziz Yulianto Purnomo Wibowo Susanto Halim Effendi Sutrisno Budiman "
            + "Mulyadi Suryadi Rahardjo Tjahjono Sumarno Darmawan Smith Johnson Brown Taylor Anderson Thomas Jackson "
            + "White Harris Martin Thompson Garcia Robinson Clark Lewis Walker Hall Young King Wright Scott").split(" ");
    private static final String[] SUBJECTS = ("Ilmu perpustakaan;Pendidikan;Ekonomi pembangunan;Hukum pidana;Hukum "
            + "perdata;Manajemen keuangan;Akuntansi;Perbankan syariah;Sejarah Indonesia;Kebudayaan Jawa;Sastra "
            + "Indonesia;Bahasa Indonesia;Agama Islam;Tafsir;Pertanian;Perikanan;Kesehatan masyarakat;Keperawatan;"
            + "Farmasi;Teknik sipil;Teknik elektro;Ilmu komputer;Sistem informasi;Statistika;Matematika;Fisika;Kimia;"
            + "Biologi;Lingkungan hidup;Pariwisata;Psikologi pendidikan;Bimbingan dan konseling;Administrasi publik;"
            + "Ilmu politik;Sosiologi;Antropologi;Library science;Economics;Computer science;Public health;"
            + "Islamic law;Southeast Asia -- History;Indonesia -- Politics and government;English language -- Grammar;"
            + "Education -- Curricula;Cataloging;Information retrieval;Agriculture -- Indonesia").split(";");
    private static final String[] PUBLISHERS = ("Gramedia Pustaka Utama;Erlangga;Rineka Cipta;Balai Pustaka;Pustaka "
            + "Pelajar;Kanisius;Rajawali Pers;Bumi Aksara;Alfabeta;Andi;Prenada Media;Remaja Rosdakarya;Mizan;"
            + "Yayasan Obor Indonesia;LP3ES;UI Press;Gadjah Mada University Press;IPB Press;ITB Press;Airlangga "
            + "University Press;Salemba Empat;Deepublish;Penerbit Universitas Padjadjaran;Perpustakaan Nasional RI;"
            + "Wiley;Pearson;McGraw-Hill;Oxford University Press;Cambridge University Press;Routledge;Springer;"
            + "Sage;Elsevier;Penguin;Cengage;ISEAS").split(";");

    /** The works each member holds, by work index. */
    private final int[][] worksOfMember = new int[MEMBERS][];
    /** Raised by {@link #reloadMember}: its holdings get new call numbers, as after a re-import. */
    private final long[] generation = new long[MEMBERS];

    CatalogueBenchData() {
        List<List<Integer>> lists = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            lists.add(new ArrayList<>());
            generation[m] = 1;
        }
        for (int w = 0; w < WORKS; w++) {
            for (int member : holders(w)) {
                lists.get(member).add(w);
            }
        }
        for (int m = 0; m < MEMBERS; m++) {
            worksOfMember[m] = lists.get(m).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    long holdings() {
        return Arrays.stream(worksOfMember).mapToLong(works -> works.length).sum();
    }

    int recordsOf(int member) {
        return worksOfMember[member].length;
    }

    /** The member re-imports its records: a new generation, and its holdings read differently. */
    void reloadMember(int member) {
        generation[member]++;
    }

    /** One member, or for 12.5% of works 2 to 7 members: held by several members, about 30% of each member's titles. */
    private static int[] holders(int w) {
        Random random = new Random(SEED * 31 + w);
        int count = random.nextInt(8) == 0 ? 2 + random.nextInt(6) : 1;
        Set<Integer> members = new TreeSet<>();
        while (members.size() < count) {
            members.add(random.nextInt(MEMBERS));
        }
        return members.stream().mapToInt(Integer::intValue).toArray();
    }

    IndexedWork work(int w) {
        Random random = new Random(SEED * 17 + w);
        boolean indonesian = random.nextInt(10) < 6;
        String[] words = indonesian ? INDONESIAN : ENGLISH;
        int length = 2 + random.nextInt(6);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = words[skewed(random, words.length)];
            title.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
        }
        // a rare word or number makes most titles distinct, as real ones are
        title.append(random.nextInt(3) == 0 ? "jilid " + (1 + random.nextInt(5)) : words[random.nextInt(words.length)]);
        String author = SURNAMES[skewed(random, SURNAMES.length)] + ", " + GIVEN[random.nextInt(GIVEN.length)];
        List<String> authors = random.nextInt(4) == 0
                ? List.of(author, SURNAMES[random.nextInt(SURNAMES.length)] + ", " + GIVEN[random.nextInt(GIVEN.length)])
                : List.of(author);
        Set<String> subjects = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            subjects.add(SUBJECTS[skewed(random, SUBJECTS.length)]);
        }
        String publisher = PUBLISHERS[skewed(random, PUBLISHERS.length)];
        Integer year = random.nextInt(30) == 0 ? null : 1970 + skewedRecent(random, 55);
        int kindDraw = random.nextInt(100);
        MaterialKind kind = kindDraw < 85 ? MaterialKind.BOOK : kindDraw < 93 ? MaterialKind.THESIS
                : kindDraw < 96 ? MaterialKind.SERIAL : kindDraw < 99 ? MaterialKind.RESEARCH_REPORT : MaterialKind.OTHER;
        List<String> isbns = random.nextInt(5) == 0 ? List.of() : List.of(isbn(random));
        String shown = title.toString();
        List<Holding> holdings = new ArrayList<>();
        for (int member : holders(w)) {
            holdings.add(new Holding(member + 1L, w * 64L + member, Integer.toString(w * 7 + member),
                    1 + random.nextInt(4), (300 + random.nextInt(600)) + " " + author.substring(0, 3).toUpperCase()
                    + " " + shown.toLowerCase().charAt(0) + (generation[member] > 1 ? " c." + generation[member] : "")));
        }
        return new IndexedWork(w + 1L, shown, author, year, kind, random.nextInt(6) == 0 ? "Ed. 2" : "",
                List.of(shown), authors, List.copyOf(subjects), List.of(publisher), isbns, List.of(), holdings);
    }

    /** Common words often, rare words seldom. */
    private static int skewed(Random random, int size) {
        double d = random.nextDouble();
        return (int) (d * d * size);
    }

    private static int skewedRecent(Random random, int span) {
        double d = random.nextDouble();
        return span - 1 - (int) (d * d * span);
    }

    private static String isbn(Random random) {
        StringBuilder twelve = new StringBuilder(random.nextInt(4) == 0 ? "978" : "978602");
        while (twelve.length() < 12) {
            twelve.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelve.append((10 - sum % 10) % 10).toString();
    }

    @Override
    public Map<Long, Long> generations() {
        Map<Long, Long> generations = new HashMap<>();
        for (int m = 0; m < MEMBERS; m++) {
            generations.put(m + 1L, generation[m]);
        }
        return generations;
    }

    @Override
    public long workCount() {
        return WORKS;
    }

    @Override
    public void allWorks(Consumer<IndexedWork> sink, Progress progress) {
        for (int w = 0; w < WORKS; w++) {
            sink.accept(work(w));
        }
    }

    @Override
    public void worksOfMembers(Collection<Long> memberIds, Consumer<IndexedWork> sink, Progress progress) {
        Set<Integer> works = new TreeSet<>();
        for (Long member : memberIds) {
            for (int w : worksOfMember[(int) (member - 1)]) {
                works.add(w);
            }
        }
        works.forEach(w -> sink.accept(work(w)));
    }

    @Override
    public void works(Collection<Long> workIds, Consumer<IndexedWork> sink, Progress progress) {
        workIds.stream().sorted().forEach(id -> sink.accept(work((int) (id - 1))));
    }

    /** What the benchmark asks, by the kind of query, so that each kind gets its own percentiles. */
    enum QueryClass {
        TITLE_WORDS, AUTHOR, ISBN, SUBJECT, PREFIX_1, PREFIX_2, PREFIX_3, PREFIX_4
    }

    record BenchQuery(QueryClass kind, boolean memberFilter, CatalogueQuery query) {
    }

    /** {@code count} queries, the classes in turn, every other one narrowed to one or two members. */
    List<BenchQuery> queries(int count) {
        Random random = new Random(SEED + 5);
        QueryClass[] classes = QueryClass.values();
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            QueryClass kind = classes[i % classes.length];
            IndexedWork work = work(random.nextInt(WORKS));
            boolean filtered = (i / classes.length) % 2 == 1;
            String text = text(kind, work, random);
            if (text == null) {
                // no ISBN on this work: draw again until one has
                i--;
                continue;
            }
            Set<Long> members = filtered ? Set.of(1L + random.nextInt(MEMBERS)) : Set.of();
            queries.add(new BenchQuery(kind, filtered,
                    new CatalogueQuery(text, members, null, null, Set.of(), CatalogueSort.RELEVANCE, 50)));
        }
        return queries;
    }

    private static String text(QueryClass kind, IndexedWork work, Random random) {
        String[] titleWords = work.title().toLowerCase().split(" ");
        return switch (kind) {
            case TITLE_WORDS -> {
                int from = random.nextInt(Math.max(1, titleWords.length - 1));
                yield titleWords[from] + " " + titleWords[Math.min(from + 1, titleWords.length - 1)];
            }
            case AUTHOR -> work.author().split(",")[0];
            case ISBN -> {
                if (work.isbns().isEmpty()) {
                    yield null;
                }
                String thirteen = work.isbns().get(0);
                yield random.nextBoolean() ? hyphenatedTen(thirteen) : thirteen;
            }
            case SUBJECT -> work.subjects().get(0).split(" ")[0].toLowerCase();
            case PREFIX_1, PREFIX_2, PREFIX_3, PREFIX_4 -> {
                int letters = kind.ordinal() - QueryClass.PREFIX_1.ordinal() + 1;
                List<String> longEnough = Arrays.stream(titleWords)
                        .filter(word -> word.length() >= letters && Character.isLetter(word.charAt(0))).toList();
                String word = longEnough.isEmpty() ? "perpustakaan" : longEnough.get(random.nextInt(longEnough.size()));
                yield word.substring(0, letters);
            }
        };
    }

    /** The ISBN as a cataloguer writes the old ten digits: 602-12-3456-X. */
    private static String hyphenatedTen(String thirteen) {
        String nine = thirteen.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        String ten = nine + (check == 10 ? "X" : Integer.toString(check));
        String written = ten.substring(0, 3) + "-" + ten.substring(3, 5) + "-" + ten.substring(5, 9) + "-" + ten.substring(9);
        if (!Isbn.read(written).orElseThrow().digits().equals(thirteen)) {
            throw new IllegalStateException("ISBN-10 of " + thirteen);
        }
        return written;
    }
}
