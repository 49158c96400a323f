package id.jalin.catalogue.source;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.RecordFlag;
import id.jalin.kernel.validation.FieldError;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcStreamReader;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

class MarcRecordMappingTest {
    private static final MarcFactory MARC = MarcFactory.newInstance();

    @Test
    void readsAKohaRecordWithItsItems() {
        Record marc = MARC.newRecord("00000nam a2200000 a 4500");
        marc.addVariableField(MARC.newControlField("001", "KOHA-17"));
        marc.addVariableField(MARC.newControlField("008", "150302s2015    io a          000 0 ind d"));
        marc.addVariableField(field("020", ' ', ' ', 'a', "979-3062-79-7 (pbk.)", 'z', "1930110995"));
        marc.addVariableField(field("020", ' ', ' ', 'a', "9789793062790"));
        marc.addVariableField(field("082", '0', '4', 'a', "025.04"));
        marc.addVariableField(field("100", '1', ' ', 'a', "Sulistyo-Basuki,"));
        marc.addVariableField(field("245", '1', '0', 'a', "Pengantar ilmu perpustakaan :", 'b',
                "edisi revisi /", 'c', "Sulistyo-Basuki."));
        marc.addVariableField(field("250", ' ', ' ', 'a', "Ed. 2."));
        marc.addVariableField(field("264", ' ', '4', 'c', "\u00a92014"));
        marc.addVariableField(field("264", ' ', '1', 'a', "Jakarta :", 'b', "Gramedia,", 'c', "2015."));
        marc.addVariableField(field("300", ' ', ' ', 'a', "250 hlm. :", 'b', "ilus."));
        marc.addVariableField(field("490", '0', ' ', 'a', "Seri perpustakaan ;"));
        marc.addVariableField(field("500", ' ', ' ', 'a', "Indeks."));
        marc.addVariableField(field("500", ' ', ' ', 'a', "Bibliografi: hlm. 240"));
        marc.addVariableField(field("650", ' ', '4', 'a', "Perpustakaan", 'z', "Indonesia", 'x', "Sejarah."));
        marc.addVariableField(field("700", '1', ' ', 'a', "Hermawan, Rachman."));
        marc.addVariableField(field("952", ' ', ' ', 'o', "025.04 SUL p", 'p', "B0001"));
        marc.addVariableField(field("952", ' ', ' ', 'o', "025.04 SUL p", 'p', "B0002"));

        CollectingSink sink = new CollectingSink();
        MarcRecordMapping.read(marc, 3, sink);
        CatalogueRecord record = sink.only();

        assertThat(record.sourceId()).isEqualTo("KOHA-17");
        assertThat(record.title()).isEqualTo("Pengantar ilmu perpustakaan");
        assertThat(record.subtitle()).isEqualTo("edisi revisi");
        assertThat(record.responsibility()).isEqualTo("Sulistyo-Basuki");
        assertThat(record.authors()).containsExactly("Sulistyo-Basuki", "Hermawan, Rachman");
        assertThat(record.edition()).isEqualTo("Ed. 2.");
        assertThat(record.place()).isEqualTo("Jakarta");
        assertThat(record.publisher()).isEqualTo("Gramedia");
        assertThat(record.year()).isEqualTo(2015);
        assertThat(record.isbns()).extracting(Isbn::digits)
                .containsExactly("9789793062792", "9781930110991", "9789793062790");
        assertThat(record.flags()).containsExactly(RecordFlag.BAD_ISBN_CHECK_DIGIT);
        assertThat(record.subjects()).containsExactly("Perpustakaan -- Indonesia -- Sejarah");
        assertThat(record.language()).isEqualTo("ind");
        assertThat(record.callNumber()).isEqualTo("025.04 SUL p");
        assertThat(record.classification()).isEqualTo("025.04");
        assertThat(record.series()).isEqualTo("Seri perpustakaan");
        assertThat(record.extent()).isEqualTo("250 hlm.");
        assertThat(record.notes()).isEqualTo("Indeks\nBibliografi: hlm. 240");
        assertThat(record.kind()).isEqualTo(MaterialKind.BOOK);
        assertThat(record.itemCodes()).containsExactly("B0001", "B0002");
        assertThat(record.copies()).isEqualTo(2);
        assertThat(record.original()).isPresent();
    }

    @Test
    void keepsTheRecordAsUtf8Iso2709ForCopyCataloguing() {
        Record marc = MARC.newRecord("00000nam  2200000   4500");
        marc.addVariableField(MARC.newControlField("001", "x1"));
        marc.addVariableField(field("245", '0', '0', 'a', "Caf\u00e9 di Bandung"));
        CollectingSink sink = new CollectingSink();
        MarcRecordMapping.read(marc, 1, sink);

        byte[] iso = sink.only().original().orElseThrow().iso2709();
        Record back = new MarcStreamReader(new ByteArrayInputStream(iso), "UTF-8").next();
        assertThat(back.getLeader().getCharCodingScheme()).isEqualTo('a');
        assertThat(((DataField) back.getVariableField("245")).getSubfield('a').getData())
                .isEqualTo("Caf\u00e9 di Bandung");
    }

    @Test
    void readsWhatSlimsExportsWithout001Or008AndWith005AsADataField() {
        // the shape of SLiMS's marcexport.php: blank leader type, no 001/008, 005 with $a, gmd in 245 $h
        Record marc = MARC.newRecord("00000     2200000   4500");
        marc.addVariableField(field("245", '0', ' ', 'a', "Sistem informasi perpustakaan", 'b',
                " : teori dan praktik", 'c', "Andi Prastowo", 'h', "Skripsi"));
        marc.addVariableField(field("020", ' ', ' ', 'a', "0126-3188"));
        marc.addVariableField(field("005", ' ', ' ', 'a', "20150302101010"));
        marc.addVariableField(field("260", ' ', ' ', 'a', "Yogyakarta", 'b', "Universitas Gadjah Mada", 'c', "2012"));
        marc.addVariableField(field("041", ' ', ' ', 'a', "Indonesia"));
        marc.addVariableField(field("084", ' ', ' ', 'a', "020 PRA s"));
        marc.addVariableField(field("653", ' ', ' ', 'a', "Sistem informasi"));

        CollectingSink sink = new CollectingSink();
        MarcRecordMapping.read(marc, 7, sink);
        CatalogueRecord record = sink.only();

        assertThat(record.sourceId()).isEqualTo("#7");
        assertThat(record.subtitle()).isEqualTo("teori dan praktik");
        assertThat(record.year()).isEqualTo(2012);
        assertThat(record.language()).isEqualTo("Indonesia");
        assertThat(record.callNumber()).isEqualTo("020 PRA s");
        assertThat(record.issns()).extracting(issn -> issn.written()).containsExactly("0126-3188");
        assertThat(record.isbns()).isEmpty();
        assertThat(record.subjects()).containsExactly("Sistem informasi");
        assertThat(record.kind()).isEqualTo(MaterialKind.THESIS);
        assertThat(record.copies()).isEqualTo(1);
    }

    @Test
    void setsAsideARecordWithoutTitleWithItsPositionAndId() {
        Record marc = MARC.newRecord("00000nam a2200000 a 4500");
        marc.addVariableField(MARC.newControlField("001", "n-42"));
        marc.addVariableField(field("245", '0', '0', 'c', "anonim"));
        CollectingSink sink = new CollectingSink();
        MarcRecordMapping.read(marc, 42, sink);

        assertThat(sink.records).isEmpty();
        assertThat(sink.setAside).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(42);
            assertThat(row.reasons()).containsExactly(FieldError.of("record", "catalogue.read.no_title"));
            assertThat(row.rawValues()).containsExactly("n-42", "");
        });
    }

    @Test
    void findsKindsYearsAndIdsWhereOtherSystemsWriteThem() {
        Record serial = MARC.newRecord("00000cas a2200000 a 4500");
        serial.addVariableField(field("245", '0', '0', 'a', "Jurnal Pustakawan Indonesia"));
        serial.addVariableField(field("999", ' ', ' ', 'c', "991", 'd', "991"));
        serial.addVariableField(MARC.newControlField("008", "990101c19989999io qr p       0   a0ind d"));
        Record report = MARC.newRecord("00000nam a2200000 a 4500");
        report.addVariableField(field("245", '0', '0', 'a', "Pemetaan koleksi"));
        report.addVariableField(field("260", ' ', ' ', 'c', "t.t."));
        report.addVariableField(field("655", ' ', '7', 'a', "Laporan penelitian"));
        report.addVariableField(field("852", ' ', ' ', 'h', "025.2", 'i', "PEM p", 'p', "INV-1"));
        Record map = MARC.newRecord("00000nem a2200000 a 4500");
        map.addVariableField(field("245", '0', '0', 'a', "Peta Jawa Barat"));
        map.addVariableField(field("502", ' ', ' ', 'a', "Tesis (S2)"));
        Record score = MARC.newRecord("00000ncm a2200000 a 4500");
        score.addVariableField(field("245", '0', '0', 'a', "Lagu daerah"));

        CollectingSink sink = new CollectingSink();
        MarcRecordMapping.read(serial, 1, sink);
        MarcRecordMapping.read(report, 2, sink);
        MarcRecordMapping.read(map, 3, sink);
        MarcRecordMapping.read(score, 4, sink);

        assertThat(sink.records).extracting(CatalogueRecord::kind).containsExactly(MaterialKind.SERIAL,
                MaterialKind.RESEARCH_REPORT, MaterialKind.THESIS, MaterialKind.OTHER);
        assertThat(sink.records.get(0).sourceId()).isEqualTo("991");
        assertThat(sink.records.get(0).year()).isEqualTo(1998);
        assertThat(sink.records.get(0).language()).isEqualTo("ind");
        assertThat(sink.records.get(1).year()).isNull();
        assertThat(sink.records.get(1).flags()).containsExactly(RecordFlag.UNREADABLE_YEAR);
        assertThat(sink.records.get(1).callNumber()).isEqualTo("025.2 PEM p");
        assertThat(sink.records.get(1).itemCodes()).containsExactly("INV-1");
    }

    @Test
    void normalisesTextToNfc() {
        Record marc = MARC.newRecord("00000nam a2200000 a 4500");
        marc.addVariableField(field("245", '0', '0', 'a', "Cafe\u0301"));
        CollectingSink sink = new CollectingSink();
        MarcRecordMapping.read(marc, 1, sink);
        assertThat(sink.only().title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void keepsAPlusThatBelongsToTheTitleAndDropsTheIsbdPlusBeforeAccompanyingMaterial() {
        Record marc = MARC.newRecord("00000nam a2200000 a 4500");
        marc.addVariableField(field("245", '0', '0', 'a', "Pemrograman C++ /", 'c', "Abdul Kadir."));
        marc.addVariableField(field("300", ' ', ' ', 'a', "xii, 320 hlm. +", 'e', "1 CD-ROM"));
        CollectingSink sink = new CollectingSink();
        MarcRecordMapping.read(marc, 1, sink);
        assertThat(sink.only().title()).isEqualTo("Pemrograman C++");
        assertThat(MarcFields.trimmed("xii, 320 hlm. +", true)).isEqualTo("xii, 320 hlm.");
        assertThat(MarcFields.trimmed("Notepad++", false)).isEqualTo("Notepad++");
    }

    static DataField field(String tag, char ind1, char ind2, Object... codesAndValues) {
        DataField field = MARC.newDataField(tag, ind1, ind2);
        for (int i = 0; i < codesAndValues.length; i += 2) {
            field.addSubfield(MARC.newSubfield((Character) codesAndValues[i], (String) codesAndValues[i + 1]));
        }
        return field;
    }
}
