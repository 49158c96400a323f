package id.jalin.catalogue.domain;

import java.util.List;

/**
 * The words the synthetic catalogue writes its records with: subjects as Indonesian and English university libraries
 * shelve them (with their Dewey class and subject heading), title patterns, names, publishers and their cities.
 */
final class SyntheticWords {
    /** A subject: the phrase a title uses, its Dewey class, and its subject heading. */
    record Subject(String phrase, String ddc, String heading) {
    }

    /** A publisher and the city it publishes in. */
    record Publisher(String name, String place) {
    }

    static final List<Subject> INDONESIAN_SUBJECTS = List.of(
            new Subject("ilmu perpustakaan", "020", "Ilmu perpustakaan"),
            new Subject("katalogisasi dan klasifikasi", "025.3", "Katalogisasi"),
            new Subject("sumber daya manusia", "658.3", "Manajemen personalia"),
            new Subject("keuangan daerah", "336.014", "Keuangan daerah"),
            new Subject("pemasaran jasa", "658.8", "Pemasaran"),
            new Subject("pendidikan Islam", "297.77", "Pendidikan Islam"),
            new Subject("hukum pidana", "345", "Hukum pidana"),
            new Subject("hukum tata negara", "342", "Hukum tata negara"),
            new Subject("akuntansi sektor publik", "657.835", "Akuntansi pemerintahan"),
            new Subject("perbankan syariah", "332.1", "Bank syariah"),
            new Subject("kesehatan masyarakat", "362.1", "Kesehatan masyarakat"),
            new Subject("keperawatan anak", "618.920", "Keperawatan anak"),
            new Subject("teknik sipil", "624", "Teknik sipil"),
            new Subject("jaringan komputer", "004.6", "Jaringan komputer"),
            new Subject("basis data", "005.74", "Basis data"),
            new Subject("rekayasa perangkat lunak", "005.1", "Rekayasa perangkat lunak"),
            new Subject("administrasi negara", "351", "Administrasi negara"),
            new Subject("komunikasi massa", "302.23", "Komunikasi massa"),
            new Subject("agribisnis", "338.1", "Agribisnis"),
            new Subject("budidaya perikanan", "639.3", "Perikanan"),
            new Subject("kehutanan tropis", "634.9", "Kehutanan"),
            new Subject("pariwisata berkelanjutan", "338.479", "Pariwisata"),
            new Subject("hubungan internasional", "327", "Hubungan internasional"),
            new Subject("bahasa Indonesia", "499.221", "Bahasa Indonesia"),
            new Subject("sastra Indonesia modern", "899.221", "Kesusastraan Indonesia"),
            new Subject("pendidikan kewarganegaraan", "323.6", "Kewarganegaraan"),
            new Subject("pembangunan desa", "307.72", "Pembangunan pedesaan"),
            new Subject("lingkungan hidup", "363.7", "Lingkungan hidup"),
            new Subject("perencanaan wilayah dan kota", "711", "Perencanaan kota"),
            new Subject("gizi dan pangan", "613.2", "Gizi"),
            new Subject("farmakologi klinik", "615.1", "Farmakologi"),
            new Subject("epidemiologi", "614.4", "Epidemiologi"),
            new Subject("kimia organik", "547", "Kimia organik"),
            new Subject("fisika dasar", "530", "Fisika"),
            new Subject("matematika diskrit", "511.1", "Matematika diskrit"),
            new Subject("statistika terapan", "519.5", "Statistika"),
            new Subject("ekonomi pembangunan", "338.9", "Ekonomi pembangunan"),
            new Subject("perpajakan Indonesia", "336.2", "Pajak"),
            new Subject("auditing", "657.45", "Pemeriksaan akuntan"),
            new Subject("manajemen operasional", "658.5", "Manajemen produksi"),
            new Subject("psikologi pendidikan", "370.15", "Psikologi pendidikan"),
            new Subject("bimbingan dan konseling", "371.4", "Bimbingan dan konseling"),
            new Subject("sosiologi pedesaan", "307.72", "Sosiologi pedesaan"),
            new Subject("antropologi budaya", "306", "Antropologi budaya"),
            new Subject("sejarah Indonesia", "959.8", "Indonesia -- Sejarah"),
            new Subject("arsitektur tropis", "720", "Arsitektur"),
            new Subject("teknik elektro", "621.3", "Teknik elektro"),
            new Subject("ilmu tanah", "631.4", "Ilmu tanah"),
            new Subject("kearsipan", "027", "Kearsipan"),
            new Subject("kewirausahaan", "658.4", "Kewirausahaan"));

    static final List<Subject> ENGLISH_SUBJECTS = List.of(
            new Subject("information retrieval", "025.04", "Information retrieval"),
            new Subject("library science", "020", "Library science"),
            new Subject("human resource management", "658.3", "Personnel management"),
            new Subject("financial accounting", "657", "Accounting"),
            new Subject("computer networks", "004.6", "Computer networks"),
            new Subject("database systems", "005.74", "Database management"),
            new Subject("software engineering", "005.1", "Software engineering"),
            new Subject("public administration", "351", "Public administration"),
            new Subject("mass communication", "302.23", "Mass media"),
            new Subject("environmental science", "363.7", "Environmental sciences"),
            new Subject("organic chemistry", "547", "Chemistry, Organic"),
            new Subject("discrete mathematics", "511.1", "Computer science -- Mathematics"),
            new Subject("development economics", "338.9", "Economic development"),
            new Subject("international relations", "327", "International relations"),
            new Subject("public health", "362.1", "Public health"),
            new Subject("nursing research", "610.73", "Nursing -- Research"),
            new Subject("marketing management", "658.8", "Marketing -- Management"),
            new Subject("operations research", "658.4034", "Operations research"),
            new Subject("cataloging and classification", "025.3", "Cataloging"),
            new Subject("information literacy", "028.7", "Information literacy"),
            new Subject("digital libraries", "025.00285", "Digital libraries"),
            new Subject("knowledge management", "658.4038", "Knowledge management"),
            new Subject("Islamic finance", "332.0917", "Finance -- Religious aspects -- Islam"),
            new Subject("Southeast Asian history", "959", "Southeast Asia -- History"),
            new Subject("tropical agriculture", "630.913", "Agriculture -- Tropics"),
            new Subject("educational psychology", "370.15", "Educational psychology"),
            new Subject("qualitative research", "001.42", "Qualitative research"),
            new Subject("linear algebra", "512.5", "Algebras, Linear"),
            new Subject("data mining", "006.312", "Data mining"),
            new Subject("econometrics", "330.015195", "Econometrics"));

    static final List<String> INDONESIAN_OPENINGS = List.of("Pengantar", "Dasar-dasar", "Manajemen", "Metodologi",
            "Teori dan praktik", "Aplikasi", "Konsep dasar", "Perencanaan", "Evaluasi", "Pengembangan", "Kebijakan",
            "Etika", "Sejarah", "Kajian", "Panduan praktis", "Strategi", "Prinsip-prinsip", "Isu-isu kontemporer",
            "Bunga rampai", "Tinjauan kritis");
    static final List<String> INDONESIAN_SUBTITLES = List.of("teori dan praktik", "konsep dan aplikasi",
            "pendekatan kuantitatif dan kualitatif", "untuk perguruan tinggi", "sebuah pengantar",
            "studi kasus di Indonesia", "panduan bagi mahasiswa", "teori, konsep, dan penerapan",
            "dilengkapi contoh soal", "perspektif Indonesia", "dari teori ke praktik", "edisi mahasiswa",
            "tantangan dan peluang", "kajian empiris");
    /** What narrows a title's subject: "Manajemen sumber daya manusia di era digital". */
    static final List<String> INDONESIAN_CONTEXTS = List.of("di Indonesia", "di era digital", "berbasis web",
            "dalam perspektif Islam", "di perguruan tinggi", "untuk sekolah dasar", "pada pemerintahan daerah",
            "di negara berkembang", "berbasis kompetensi", "dalam pembangunan nasional", "di era otonomi daerah",
            "untuk usaha kecil dan menengah", "di abad ke-21", "berbasis kearifan lokal", "pada rumah sakit",
            "di wilayah pesisir", "dalam konteks global", "untuk praktisi", "di Jawa Barat", "di Asia Tenggara",
            "pada sektor publik", "dalam masyarakat majemuk", "berbasis riset", "di masa pandemi",
            "untuk pemula", "tingkat lanjut", "terapan", "modern", "kontemporer", "terpadu");
    static final List<String> ENGLISH_CONTEXTS = List.of("in the digital age", "for developing countries",
            "in Asia", "for librarians", "for engineers", "with case studies", "for the 21st century",
            "in a global context", "for managers", "in Southeast Asia", "for students", "for practitioners",
            "in the public sector", "and society", "and policy", "and ethics", "in education", "in health care",
            "for small business", "across cultures");
    static final List<String> ENGLISH_OPENINGS = List.of("Introduction to", "Principles of", "Foundations of",
            "Handbook of", "Essentials of", "Fundamentals of", "Advanced", "Understanding", "Perspectives on",
            "Readings in", "A guide to", "The practice of", "Topics in", "Elements of");
    static final List<String> ENGLISH_SUBTITLES = List.of("theory and practice", "a practical approach",
            "concepts and applications", "an introduction", "a global perspective", "methods and cases",
            "a reader", "an Asian perspective", "principles and practice", "a critical introduction");

    static final List<String> INDONESIAN_GIVEN = List.of("Budi", "Siti", "Ahmad", "Dewi", "Agus", "Sri", "Hendra",
            "Rina", "Yusuf", "Wahyu", "Nur", "Eko", "Ratna", "Bambang", "Putri", "Rudi", "Lestari", "Andi", "Fitri",
            "Hadi", "Indah", "Joko", "Kurnia", "Made", "Nyoman", "Ketut", "Yohanes", "Maria", "Teguh", "Lukman",
            "Dian", "Rahmat", "Taufik", "Wulan", "Arief", "Sigit", "Intan", "Fajar", "Galih", "Mega");
    static final List<String> INDONESIAN_SURNAMES = List.of("Santoso", "Wibowo", "Hidayat", "Nugroho", "Lestari",
            "Kurniawan", "Saputra", "Pratama", "Setiawan", "Wijaya", "Hasibuan", "Siregar", "Nasution", "Lubis",
            "Harahap", "Simanjuntak", "Sitompul", "Pangaribuan", "Tanjung", "Rangkuti", "Suryadi", "Gunawan",
            "Hartono", "Susanto", "Purnomo", "Sulistyo", "Hermawan", "Prasetyo", "Rahardjo", "Sutrisno",
            "Manurung", "Sinaga", "Tambunan", "Wirawan", "Syahputra", "Firmansyah", "Ramadhan", "Hakim", "Fauzi",
            "Maulana", "Sembiring", "Ginting", "Tarigan", "Mahendra", "Permana", "Suparno", "Sudarsono", "Iskandar",
            "Effendi", "Kusuma", "Adiputra", "Sumarno", "Widodo", "Haryanto", "Darmawan", "Situmorang", "Pohan",
            "Rusli", "Yulianto", "Anwar");
    /** Authors known by one name, as many Indonesians are; catalogued as that name alone. */
    static final List<String> SINGLE_NAMES = List.of("Sugiyono", "Mulyadi", "Sudjana", "Koentjaraningrat",
            "Suyanto", "Sukardi", "Sumarni", "Suharto", "Darmadi", "Sutarno", "Sukirman", "Marzuki", "Sunarto",
            "Wiyono", "Sardiman");
    static final List<String> ENGLISH_GIVEN = List.of("John", "Mary", "David", "Susan", "Michael", "Linda",
            "Richard", "Karen", "Thomas", "Patricia", "James", "Elizabeth", "Robert", "Barbara", "William",
            "Margaret", "Peter", "Helen", "Christopher", "Anne");
    static final List<String> ENGLISH_SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Taylor",
            "Anderson", "Thompson", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright",
            "Hill", "Green", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
            "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Rogers", "Reed", "Cook", "Morgan",
            "Bell", "Murphy", "Bailey", "Cooper", "Richardson", "Cox", "Howard", "Ward", "Peterson", "Gray",
            "Ramirez", "Watson", "Brooks", "Kelly", "Sanders", "Price", "Bennett", "Wood", "Barnes", "Ross",
            "Henderson", "Coleman", "Jenkins", "Perry", "Powell", "Long", "Patterson", "Hughes", "Flores",
            "Washington", "Butler", "Simmons", "Foster", "Gonzales", "Bryant", "Alexander", "Russell", "Griffin",
            "Hayes", "Myers", "Ford", "Hamilton", "Graham", "Sullivan", "Wallace", "Woods", "Cole", "West", "Jordan",
            "Owens", "Reynolds", "Fisher", "Ellis", "Harrison", "Gibson", "McDonald", "Cruz", "Marshall", "Ortiz",
            "Tan", "Lim", "Lee", "Wong", "Chen", "Ng", "Goh");

    static final List<Publisher> INDONESIAN_PUBLISHERS = List.of(new Publisher("Remaja Rosdakarya", "Bandung"),
            new Publisher("Alfabeta", "Bandung"), new Publisher("Informatika", "Bandung"),
            new Publisher("Refika Aditama", "Bandung"), new Publisher("Gramedia Pustaka Utama", "Jakarta"),
            new Publisher("Erlangga", "Jakarta"), new Publisher("Salemba Empat", "Jakarta"),
            new Publisher("Bumi Aksara", "Jakarta"), new Publisher("Kencana", "Jakarta"),
            new Publisher("Rineka Cipta", "Jakarta"), new Publisher("RajaGrafindo Persada", "Jakarta"),
            new Publisher("Sinar Grafika", "Jakarta"), new Publisher("Yayasan Pustaka Obor Indonesia", "Jakarta"),
            new Publisher("Andi", "Yogyakarta"), new Publisher("Pustaka Pelajar", "Yogyakarta"),
            new Publisher("Graha Ilmu", "Yogyakarta"), new Publisher("Gadjah Mada University Press", "Yogyakarta"),
            new Publisher("Deepublish", "Yogyakarta"), new Publisher("Airlangga University Press", "Surabaya"),
            new Publisher("UMM Press", "Malang"), new Publisher("UB Press", "Malang"),
            new Publisher("USU Press", "Medan"), new Publisher("Unpad Press", "Bandung"),
            new Publisher("UI Press", "Jakarta"), new Publisher("Prenadamedia Group", "Jakarta"));
    static final List<Publisher> ENGLISH_PUBLISHERS = List.of(new Publisher("McGraw-Hill", "New York"),
            new Publisher("Pearson", "Boston"), new Publisher("Cambridge University Press", "Cambridge"),
            new Publisher("Oxford University Press", "Oxford"), new Publisher("Wiley", "Hoboken"),
            new Publisher("O'Reilly", "Sebastopol"), new Publisher("Routledge", "London"),
            new Publisher("Sage", "Thousand Oaks"), new Publisher("Springer", "Singapore"),
            new Publisher("Libraries Unlimited", "Santa Barbara"), new Publisher("ISEAS Publishing", "Singapore"),
            new Publisher("NUS Press", "Singapore"));

    /** The universities whose theses and journals the members hold, one per member in turn. */
    static final List<Publisher> UNIVERSITIES = List.of(new Publisher("Universitas Padjadjaran", "Bandung"),
            new Publisher("Universitas Pendidikan Indonesia", "Bandung"),
            new Publisher("Universitas Islam Bandung", "Bandung"), new Publisher("Universitas Pasundan", "Bandung"),
            new Publisher("Institut Teknologi Bandung", "Bandung"),
            new Publisher("Universitas Gadjah Mada", "Yogyakarta"),
            new Publisher("Universitas Negeri Yogyakarta", "Yogyakarta"),
            new Publisher("Universitas Indonesia", "Depok"), new Publisher("Universitas Airlangga", "Surabaya"),
            new Publisher("Universitas Brawijaya", "Malang"), new Publisher("Universitas Sumatera Utara", "Medan"),
            new Publisher("Universitas Hasanuddin", "Makassar"), new Publisher("Universitas Udayana", "Denpasar"),
            new Publisher("Universitas Diponegoro", "Semarang"), new Publisher("Universitas Andalas", "Padang"));

    static final List<String> THESIS_FACTORS = List.of("motivasi kerja", "gaya kepemimpinan", "kualitas layanan",
            "kompensasi", "lingkungan kerja", "disiplin kerja", "budaya organisasi", "promosi penjualan",
            "literasi informasi", "pemanfaatan teknologi informasi", "kepuasan pemustaka", "citra merek",
            "pelatihan", "komitmen organisasi", "modal sosial", "persepsi harga");
    static final List<String> THESIS_OUTCOMES = List.of("kinerja pegawai", "kepuasan pelanggan",
            "keputusan pembelian", "prestasi belajar siswa", "loyalitas nasabah", "produktivitas kerja",
            "minat baca mahasiswa", "kualitas laporan keuangan", "kunjungan perpustakaan", "retensi karyawan",
            "partisipasi masyarakat", "pendapatan petani");
    static final List<String> THESIS_SITES = List.of("Dinas Pendidikan", "Bank BRI Cabang", "PT Pos Indonesia",
            "Perpustakaan Daerah", "Puskesmas", "Kantor Kecamatan", "SMA Negeri 3", "Koperasi Unit Desa",
            "RSUD", "Badan Pusat Statistik", "PDAM", "Dinas Perhubungan");
    static final List<String> CITIES = List.of("Bandung", "Jakarta", "Yogyakarta", "Surabaya", "Malang", "Medan",
            "Makassar", "Padang", "Semarang", "Denpasar", "Sumedang", "Garut", "Cimahi", "Bogor", "Cirebon",
            "Tasikmalaya", "Sleman", "Bantul", "Depok", "Bekasi");

    private SyntheticWords() {
    }
}
