package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.TestFiles.read;
import static id.jalin.catalogue.source.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.RecordFlag;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.validation.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SLiMS CSV written as admin/modules/bibliography/export.php writes it: enclosed cells, the header optional. */
class SlimsCsvReaderTest {
    private static final String HEADER = "\"title\",\"gmd_name\",\"edition\",\"isbn_issn\",\"publisher_name\","
            + "\"publish_year\",\"collation\",\"series_title\",\"call_number\",\"language_name\",\"place_name\","
            + "\"classification\",\"notes\",\"image\",\"sor\",\"authors\",\"topics\",\"item_code\",\n";
    private static final String LASKAR = "\"Laskar pelangi : sebuah novel\",\"Text\",\"Cet. 5\",\"979-3062-79-7\","
            + "\"Bentang\",\"2005\",\"xiv, 529 hlm. ; 20 cm\",\"\",\"899.221 HIR l\",\"Indonesia\",\"Yogyakarta\","
            + "\"899.221\",\"Novel pertama.\\nTetralogi Laskar Pelangi\",\"laskar.jpg\",\"Andrea Hirata\","
            + "\"<Hirata, Andrea>\",\"<Novel Indonesia><Belitung>\",\"<B0001><B0002><B0003>\"\n";
    private static final String SKRIPSI = "\"Analisis kebutuhan informasi mahasiswa\",\"Skripsi\",\"\",\"\","
            + "\"Universitas Padjadjaran\",\"2019\",\"viii, 90 hlm.\",\"\",\"S 020 ANA a\",\"Indonesia\","
            + "\"Bandung\",\"020\",\"\",\"\",\"Siti Aminah\",\"<Aminah, Siti>\",\"<Kebutuhan informasi>\","
            + "\"<SK-2019-001>\"\n";

    private final HoldingsReader reader = HoldingsReaders.forSource(HoldingsSource.SLIMS_CSV);

    @Test
    void readsEveryColumnOfAnExportWithItsHeader() throws Exception {
        CollectingSink sink = read(reader, text(HEADER + LASKAR + SKRIPSI));

        assertThat(sink.setAside).isEmpty();
        assertThat(sink.records).hasSize(2);
        CatalogueRecord laskar = sink.records.get(0);
        assertThat(laskar.sourceId()).isEqualTo("B0001");
        assertThat(laskar.title()).isEqualTo("Laskar pelangi");
        assertThat(laskar.subtitle()).isEqualTo("sebuah novel");
        assertThat(laskar.kind()).isEqualTo(MaterialKind.BOOK);
        assertThat(laskar.edition()).isEqualTo("Cet. 5");
        assertThat(laskar.isbns()).extracting(Isbn::digits).containsExactly("9789793062792");
        assertThat(laskar.publisher()).isEqualTo("Bentang");
        assertThat(laskar.year()).isEqualTo(2005);
        assertThat(laskar.extent()).isEqualTo("xiv, 529 hlm. ; 20 cm");
        assertThat(laskar.callNumber()).isEqualTo("899.221 HIR l");
        assertThat(laskar.language()).isEqualTo("Indonesia");
        assertThat(laskar.place()).isEqualTo("Yogyakarta");
        assertThat(laskar.classification()).isEqualTo("899.221");
        assertThat(laskar.notes()).isEqualTo("Novel pertama.\nTetralogi Laskar Pelangi");
        assertThat(laskar.responsibility()).isEqualTo("Andrea Hirata");
        assertThat(laskar.authors()).containsExactly("Hirata, Andrea");
        assertThat(laskar.subjects()).containsExactly("Novel Indonesia", "Belitung");
        assertThat(laskar.itemCodes()).containsExactly("B0001", "B0002", "B0003");
        assertThat(laskar.copies()).isEqualTo(3);
        assertThat(sink.records.get(1).kind()).isEqualTo(MaterialKind.THESIS);
    }

    @Test
    void dropsTheIsbdPunctuationCataloguersCloseATitleWithButNotWhatBelongsToIt() throws Exception {
        String closed = "\"Jurnal statistika terapan /\",\"Text\",\"\",\"\",\"\",\"2011\",\"\",\"\",\"\",\"\",\"\","
                + "\"\",\"\",\"\",\"\",\"\",\"\",\"<J-1>\"\n";
        String withSubtitle = "\"Belajar C++ : dari dasar ;\",\"Text\",\"\",\"\",\"\",\"2020\",\"\",\"\",\"\",\"\",\"\","
                + "\"\",\"\",\"\",\"\",\"\",\"\",\"<C-1>\"\n";
        CollectingSink sink = read(reader, text(HEADER + closed + withSubtitle));
        assertThat(sink.records).extracting(CatalogueRecord::title).containsExactly("Jurnal statistika terapan",
                "Belajar C++");
        assertThat(sink.records.get(1).subtitle()).isEqualTo("dari dasar");
    }

    @Test
    void readsTheSameRowsWithoutAHeader() throws Exception {
        CollectingSink sink = read(reader, text(LASKAR + SKRIPSI));
        assertThat(sink.records).extracting(CatalogueRecord::title)
                .containsExactly("Laskar pelangi", "Analisis kebutuhan informasi mahasiswa");
    }

    @Test
    void recognisesAHeaderByItsShapeInAnyLanguage() throws Exception {
        String indonesian = "Judul,GMD,Edisi,ISBN/ISSN,Penerbit,Tahun Terbit,Kolasi,Judul Seri,No. Panggil,Bahasa,"
                + "Tempat Terbit,Klasifikasi,Catatan,Gambar,Pernyataan Tanggung Jawab,Pengarang,Subjek,"
                + "Kode Eksemplar\n";
        String madeUp = "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r\n";
        String numbered = "kolom 1,kolom 2,kolom 3,kolom 4,kolom 5,kolom 6,kolom 7,kolom 8,kolom 9,kolom 10,"
                + "kolom 11,kolom 12,kolom 13,kolom 14,kolom 15,kolom 16,kolom 17,kolom 18\n";
        for (String header : List.of(indonesian, madeUp, numbered)) {
            CollectingSink sink = read(reader, text(header + LASKAR));
            assertThat(sink.setAside).as(header).isEmpty();
            assertThat(sink.only().title()).isEqualTo("Laskar pelangi");
        }
        assertThat(SlimsCsvHeader.isHeader(cells(LASKAR))).isFalse();
        // a record with no authors, topics or copies is still data, not a header
        String bare = "Kumpulan puisi,Text,,,,,,,,,,,,,,,,\n";
        assertThat(read(reader, text(bare)).only().title()).isEqualTo("Kumpulan puisi");
    }

    @Test
    void takesTheSeparatorAndEnclosureTheLibrarianChose() throws Exception {
        String row = "'Bumi manusia';'Text';'';'979-97312-3-2';'Hasta Mitra';'1980';'';'';'899.221 TOE b';"
                + "'Indonesia';'Jakarta';'';'Judul \\'terlarang\\' dan \\\"legendaris\\\"';'';'';"
                + "'<Toer, Pramoedya Ananta>';'';'<BM-1>'\r";
        HoldingsReader semicolons = HoldingsReaders.forSource(HoldingsSource.SLIMS_CSV, new CsvLayout(";", '\''));

        CatalogueRecord record = read(semicolons, text(row + row.replace("BM-1", "BM-2"))).records.get(0);

        assertThat(record.title()).isEqualTo("Bumi manusia");
        assertThat(record.notes()).isEqualTo("Judul 'terlarang' dan \"legendaris\"");
        assertThat(record.authors()).containsExactly("Toer, Pramoedya Ananta");
    }

    @Test
    void undoesBothWaysOfEscapingQuotes() throws Exception {
        String doubled = "\"Kata \"\"pengantar\"\"\",\"Text\",,,,,,,,,,,,,,,,\n";
        String mysql = "\"Kata \\\"pengantar\\\" dan \\'catatan\\'\",\"Text\",,,,,,,,,,,,,,,,\n";
        CollectingSink sink = read(reader, text(doubled + mysql));
        assertThat(sink.records).extracting(CatalogueRecord::title)
                .containsExactly("Kata \"pengantar\"", "Kata \"pengantar\" dan 'catatan'");
    }

    @Test
    void ignoresEmptyRowsAndSetsAsideRowsWithTheWrongNumberOfColumns() throws Exception {
        String shortRow = "\"Potongan baris\",\"Text\",\"\"\n";
        CollectingSink sink = read(reader, text(HEADER + LASKAR + shortRow + SKRIPSI + ",,,,,,,,,,,,,,,,,\n\n\n"));

        assertThat(sink.records).hasSize(2);
        assertThat(sink.setAside).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(3);
            assertThat(row.reasons()).containsExactly(FieldError.of("record", "catalogue.read.csv_columns", 3, 18));
            assertThat(row.rawValues()).containsExactly("", "Potongan baris");
        });
    }

    @Test
    void setsAsideARowWithoutTitleAndFlagsWhatItKeeps() throws Exception {
        String noTitle = "\"\",\"Text\",,,,,,,,,,,,,,,,\n";
        String oddYear = "\"Sejarah Bandung\",\"Text\",,\"978-602-03-1234-0\",,\"t.th.\",,,,,,,,,,,,\n";
        CollectingSink sink = read(reader, text(noTitle + oddYear));

        assertThat(sink.setAside).extracting(RejectedRow::rowNumber).containsExactly(1);
        assertThat(sink.setAside.get(0).reasons()).containsExactly(FieldError.of("record", "catalogue.read.no_title"));
        CatalogueRecord kept = sink.only();
        assertThat(kept.year()).isNull();
        assertThat(kept.flags()).contains(RecordFlag.UNREADABLE_YEAR);
        assertThat(kept.sourceId()).isEqualTo(kept.isbns().get(0).digits());
    }

    @Test
    void givesEveryRowItsOwnId() throws Exception {
        String noCopies = "\"Tanpa eksemplar\",\"Text\",,,,,,,,,,,,,,,,\n";
        String sameIsbn = "\"Buku A\",\"Text\",,\"9789793062792\",,,,,,,,,,,,,,\n";
        CollectingSink sink = read(reader, text(noCopies + sameIsbn + sameIsbn));
        assertThat(sink.records).extracting(CatalogueRecord::sourceId)
                .containsExactly("#1", "9789793062792", "9789793062792#3");
    }

    @Test
    void readsAFileExcelSavedAgainInWindows1252() throws Exception {
        byte[] ansi = "\"Kumpulan cerpen caf\u00e9\",\"Text\",,,,,,,,,,,,,,,,\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        CatalogueRecord record = read(reader, new java.io.ByteArrayInputStream(ansi)).only();
        assertThat(record.title()).isEqualTo("Kumpulan cerpen caf\u00e9");
        assertThat(SlimsCsvReader.isUtf8("caf\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        // a sample that ends inside a two-byte character is still UTF-8
        assertThat(SlimsCsvReader.isUtf8(new byte[] {'c', 'a', 'f', (byte) 0xc3})).isTrue();
    }

    @Test
    void readsMaterialKindsFromTheGmd() {
        assertThat(SlimsCsvRow.kind("Tesis")).isEqualTo(MaterialKind.THESIS);
        assertThat(SlimsCsvRow.kind("Thesis")).isEqualTo(MaterialKind.THESIS);
        assertThat(SlimsCsvRow.kind("Laporan Penelitian")).isEqualTo(MaterialKind.RESEARCH_REPORT);
        assertThat(SlimsCsvRow.kind("Majalah")).isEqualTo(MaterialKind.SERIAL);
        assertThat(SlimsCsvRow.kind("Jurnal")).isEqualTo(MaterialKind.SERIAL);
        assertThat(SlimsCsvRow.kind("Serial")).isEqualTo(MaterialKind.SERIAL);
        assertThat(SlimsCsvRow.kind("")).isEqualTo(MaterialKind.BOOK);
        assertThat(SlimsCsvRow.kind("CD-ROM")).isEqualTo(MaterialKind.OTHER);
    }

    @Test
    void refusesMarcAndWorkbooks() {
        assertThatThrownBy(() -> read(reader, TestFiles.open("chabon.mrc"))).isInstanceOfSatisfying(
                ImportRefusedException.class, refused -> assertThat(TestFiles.refusal(refused))
                        .isEqualTo("catalogue.read.looks_like.marc21"));
        assertThatThrownBy(() -> read(reader, TestFiles.open("chabon.xml"))).isInstanceOfSatisfying(
                ImportRefusedException.class, refused -> assertThat(TestFiles.refusal(refused))
                        .isEqualTo("catalogue.read.looks_like.marcxml"));
    }

    @Test
    void stopsWhenTheUserCancels() {
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> reader.read(text(LASKAR + SKRIPSI + LASKAR), sink, TestFiles.cancelAfter(1)))
                .isInstanceOf(CancelledException.class);
        assertThat(sink.records).hasSize(1);
    }

    private static List<String> cells(String row) {
        return List.of(row.strip().replace("\"", "").split(",", -1));
    }
}
