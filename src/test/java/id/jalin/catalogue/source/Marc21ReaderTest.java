package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.TestFiles.open;
import static id.jalin.catalogue.source.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.validation.FieldError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

class Marc21ReaderTest {
    private final HoldingsReader reader = HoldingsReaders.forSource(HoldingsSource.MARC21);

    @Test
    void readsLibraryOfCongressRecords() throws Exception {
        CollectingSink sink = read(reader, open("chabon.mrc"));

        assertThat(sink.setAside).isEmpty();
        assertThat(sink.records).extracting(CatalogueRecord::sourceId).containsExactly("11939876", "12883376");
        CatalogueRecord first = sink.records.get(0);
        assertThat(first.title()).isEqualTo("The amazing adventures of Kavalier and Clay");
        assertThat(first.subtitle()).isEqualTo("a novel");
        assertThat(first.mainAuthor()).isEqualTo("Chabon, Michael");
        assertThat(first.year()).isEqualTo(2000);
        assertThat(first.publisher()).isEqualTo("Random House");
        assertThat(first.kind()).isEqualTo(MaterialKind.BOOK);
        assertThat(first.isbns()).isNotEmpty();
        assertThat(first.original()).isPresent();
    }

    @Test
    void setsBrokenRecordsAsideWithTheirPositionsAndReadsOn() throws Exception {
        CollectingSink sink = read(reader, open("chabon-broken.mrc"));

        assertThat(sink.records).extracting(CatalogueRecord::title).containsExactly(
                "The amazing adventures of Kavalier and Clay", "Summerland",
                "The amazing adventures of Kavalier and Clay");
        assertThat(sink.setAside).extracting(RejectedRow::rowNumber).containsExactly(2, 4, 6);
        assertThat(sink.setAside).extracting(row -> row.reasons().get(0).messageKey()).containsExactly(
                "catalogue.read.bad_directory", "catalogue.read.bad_leader", "catalogue.read.truncated");
    }

    @Test
    void setsAsideHoldingsRecordsAndKeepsRecordsMarc4jMended() throws Exception {
        CollectingSink sample = read(reader, open("sample1.mrc"));
        assertThat(sample.records).hasSize(4);
        assertThat(sample.setAside).extracting(RejectedRow::rowNumber).containsExactly(2, 4, 6, 8);
        assertThat(sample.setAside.get(0).reasons())
                .containsExactly(FieldError.of("record", "catalogue.read.not_bibliographic"));
        assertThat(sample.setAside.get(0).rawValues()).containsExactly("377291", "");

        CollectingSink badLeader = read(reader, open("bad_leaders_10_11.mrc"));
        assertThat(badLeader.only().title()).startsWith("Sammlung");
        CollectingSink badCharacters = read(reader, open("bad-characters-in-various-fields.mrc"));
        assertThat(badCharacters.only().title()).isEqualTo("The scroll");
    }

    @Test
    void convertsMarc8ToTheSameUnicodeTheLibraryOfCongressWrote() throws Exception {
        CollectingSink marc8 = read(reader, open("brkrtest.mrc"));
        CollectingSink utf8 = read(reader, open("brkrtest_UTF8.mrc"));

        assertThat(marc8.records).hasSize(8);
        assertThat(marc8.records).extracting(CatalogueRecord::notes)
                .containsExactlyElementsOf(utf8.records.stream().map(CatalogueRecord::notes).toList());
        assertThat(marc8.records.get(1).notes()).contains("\u0141\u00f3d\u017a", "K\u00f8benhavn", "ma\u00f1ana",
                "L\u00f6wenbr\u00e4u");
        byte[] original = marc8.records.get(1).original().orElseThrow().iso2709();
        assertThat(original[9]).isEqualTo((byte) 'a');
        // the original keeps the record's own characters (MARC-8 diacritics convert to combining marks)
        assertThat(Normalizer.normalize(new String(original, StandardCharsets.UTF_8), Normalizer.Form.NFC))
                .contains("\u0141\u00f3d\u017a");
    }

    @Test
    void readsSlimsMarcExportWithout001And008AndWith005AsADataField() throws Exception {
        // what SLiMS's marcexport.php writes through PEAR File_MARC: no 001, no 008, a blank leader type, 005 with $a
        MarcFactory factory = MarcFactory.newInstance();
        Record marc = factory.newRecord("00000     2200000   4500");
        marc.addVariableField(MarcRecordMappingTest.field("245", '0', ' ', 'a', "Laskar pelangi", 'c', "Andrea Hirata"));
        marc.addVariableField(MarcRecordMappingTest.field("020", ' ', ' ', 'a', "979-3062-79-7"));
        marc.addVariableField(MarcRecordMappingTest.field("100", ' ', ' ', 'a', "Hirata, Andrea"));
        marc.addVariableField(MarcRecordMappingTest.field("005", ' ', ' ', 'a', "20150302101010"));
        marc.addVariableField(MarcRecordMappingTest.field("260", ' ', ' ', 'a', "Yogyakarta", 'b', "Bentang", 'c',
                "2005"));
        marc.addVariableField(MarcRecordMappingTest.field("041", ' ', ' ', 'a', "Indonesia"));
        marc.addVariableField(MarcRecordMappingTest.field("084", ' ', ' ', 'a', "899.221 HIR l"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcStreamWriter writer = new MarcStreamWriter(out, "UTF-8");
        writer.write(marc);
        writer.write(marc);
        writer.close();

        CollectingSink sink = read(reader, new ByteArrayInputStream(out.toByteArray()));

        assertThat(sink.setAside).isEmpty();
        assertThat(sink.records).extracting(CatalogueRecord::sourceId).containsExactly("#1", "#2");
        CatalogueRecord record = sink.records.get(0);
        assertThat(record.title()).isEqualTo("Laskar pelangi");
        assertThat(record.year()).isEqualTo(2005);
        assertThat(record.callNumber()).isEqualTo("899.221 HIR l");
        assertThat(record.kind()).isEqualTo(MaterialKind.BOOK);
        assertThat(record.validIsbns()).hasSize(1);
    }

    @Test
    void refusesFilesOfAnotherKindSayingWhatTheyLookLike() {
        assertRefused(open("chabon.xml"), "catalogue.read.looks_like.marcxml");
        assertRefused(TestFiles.text("title,gmd_name\nLaskar pelangi,Text\n"), "catalogue.read.looks_like.csv_text");
        assertRefused(TestFiles.text("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "catalogue.read.looks_like.pdf");
        assertRefused(TestFiles.text("<!DOCTYPE html><html><body>Login</body></html>"),
                "catalogue.read.looks_like.html");
        assertRefused(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}),
                "catalogue.read.looks_like.workbook");
        assertRefused(TestFiles.text(""), "catalogue.read.empty");
        assertRefused(TestFiles.text("  \n\r\n"), "catalogue.read.empty");
    }

    @Test
    void refusesAFileLargerThanTheLimitNamingIt() throws Exception {
        InputStream huge = new ByteArrayInputStream(TestFiles.bytes("brkrtest.mrc")) {
            @Override
            public synchronized int available() {
                // what a FileInputStream says of a 2 GB file
                return Integer.MAX_VALUE;
            }
        };
        assertThatThrownBy(() -> read(reader, huge)).isInstanceOfSatisfying(ImportRefusedException.class,
                refused -> assertThat(refused.reasons()).containsExactly(
                        FieldError.of("file", "catalogue.read.too_large", 1L)));

        // a stream that does not tell its size is counted as it is read
        assertThatThrownBy(() -> read(new Marc21Reader(5_000), open("brkrtest.mrc")))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        refused -> assertThat(TestFiles.refusal(refused)).isEqualTo("catalogue.read.too_large"));
        assertThat(read(new Marc21Reader(17_338), open("brkrtest.mrc")).records).hasSize(8);
    }

    @Test
    void stopsWhenTheUserCancelsBetweenRecords() {
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> reader.read(open("brkrtest.mrc"), sink, TestFiles.cancelAfter(3)))
                .isInstanceOf(CancelledException.class);
        assertThat(sink.records).hasSize(3);
    }

    private void assertRefused(InputStream in, String key) {
        assertThatThrownBy(() -> read(reader, in)).isInstanceOfSatisfying(ImportRefusedException.class,
                refused -> assertThat(TestFiles.refusal(refused)).isEqualTo(key));
    }
}
