package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.TestFiles.read;
import static id.jalin.catalogue.source.TestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.validation.FieldError;
import org.junit.jupiter.api.Test;

class JalinCsvReaderTest {
    private final HoldingsReader reader = HoldingsReaders.forSource(HoldingsSource.JALIN_CSV);

    @Test
    void readsEnglishHeadingsAndSetsABadRowAside() throws Exception {
        String file = "record id,title,subtitle,authors,edition,publisher,place,year,isbn,issn,subjects,language,"
                + "call number,classification,kind,copies,item codes\n"
                + "R-1,Pengantar ilmu perpustakaan,edisi revisi,\"Sulistyo-Basuki; Hermawan, Rachman\",Ed. 2,"
                + "Gramedia,Jakarta,2015,978-979-306-279-2,,Perpustakaan;Ilmu informasi,ind,020 SUL p,020,buku,,"
                + "P-01;P-02\n"
                + "R-2,Jurnal Pustakawan,,,,,,,,0126-3188,,,,,majalah kampus,1,\n"
                + "R-3,Analisis kebutuhan informasi,,\"Aminah, Siti\",,,,2019,,,,,,,skripsi,2,\n";

        CollectingSink sink = read(reader, text(file));

        assertThat(sink.records).extracting(CatalogueRecord::sourceId).containsExactly("R-1", "R-3");
        CatalogueRecord first = sink.records.get(0);
        assertThat(first.authors()).containsExactly("Sulistyo-Basuki", "Hermawan, Rachman");
        assertThat(first.subjects()).containsExactly("Perpustakaan", "Ilmu informasi");
        assertThat(first.year()).isEqualTo(2015);
        assertThat(first.validIsbns()).hasSize(1);
        assertThat(first.itemCodes()).containsExactly("P-01", "P-02");
        assertThat(first.copies()).isEqualTo(2);
        assertThat(first.kind()).isEqualTo(MaterialKind.BOOK);
        assertThat(sink.records.get(1).kind()).isEqualTo(MaterialKind.THESIS);
        assertThat(sink.records.get(1).copies()).isEqualTo(2);

        assertThat(sink.setAside).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(3);
            assertThat(row.reasons()).extracting(FieldError::messageKey).containsExactly("catalogue.read.kind");
        });
    }

    @Test
    void dropsTheClosingIsbdPunctuationOfTitleAndSubtitle() throws Exception {
        String file = "title,subtitle\n\"Pemrograman C++ /\",dasar-dasar :\n";
        CollectingSink sink = read(reader, text(file));
        assertThat(sink.records).extracting(CatalogueRecord::title).containsExactly("Pemrograman C++");
        assertThat(sink.records.get(0).subtitle()).isEqualTo("dasar-dasar");
    }

    @Test
    void readsIndonesianHeadingsInAnyOrder() throws Exception {
        String file = "judul;pengarang;tahun terbit;kode eksemplar;jenis\n"
                + "Laskar pelangi;Hirata, Andrea;2005;B1;buku\n"
                + ";Tanpa judul;2001;B2;buku\n";
        CollectingSink sink = read(reader, text(file));

        CatalogueRecord record = sink.only();
        assertThat(record.title()).isEqualTo("Laskar pelangi");
        assertThat(record.sourceId()).isEqualTo("B1");
        assertThat(sink.setAside).extracting(RejectedRow::rowNumber).containsExactly(3);
        assertThat(sink.setAside.get(0).reasons()).containsExactly(FieldError.of("title", "catalogue.read.no_title"));
    }

    @Test
    void readsExcelsUnicodeText() throws Exception {
        byte[] utf16 = "judul\tpengarang\nLaskar pelangi\tHirata, Andrea\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[utf16.length + 2];
        withMark[0] = (byte) 0xff;
        withMark[1] = (byte) 0xfe;
        System.arraycopy(utf16, 0, withMark, 2, utf16.length);
        assertThat(read(reader, new java.io.ByteArrayInputStream(withMark)).only().authors())
                .containsExactly("Hirata, Andrea");
    }

    @Test
    void refusesAFileWithoutTitleColumnOrOfAnotherKind() {
        assertThatThrownBy(() -> read(reader, text("pengarang,tahun\nHirata,2005\n")))
                .isInstanceOf(ImportRefusedException.class);
        assertThatThrownBy(() -> read(reader, TestFiles.open("chabon.mrc"))).isInstanceOfSatisfying(
                ImportRefusedException.class, refused -> assertThat(TestFiles.refusal(refused))
                        .isEqualTo("catalogue.read.looks_like.marc21"));
    }
}
