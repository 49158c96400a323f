package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.Issn;
import id.jalin.catalogue.domain.MaterialKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarcRecordWriterTest {
    private static final CatalogueRecord FROM_CSV = new CatalogueRecord("B0001", "The library in Indonesia",
            "a history", "Sulistyo-Basuki", List.of("Sulistyo-Basuki", "Hermawan, Rachman"), "Ed. 2", "Gramedia",
            "Jakarta", 2015, List.of(Isbn.read("978-979-306-279-2").orElseThrow(),
                    Isbn.read("9789793062790").orElseThrow()), List.of(Issn.read("0126-3188").orElseThrow()),
            List.of("Perpustakaan -- Indonesia -- Sejarah", "Ilmu informasi"), "Indonesia", "020 SUL l", "020.9598",
            "Seri pustaka", "xii, 250 hlm.", "Indeks\nBibliografi: hlm. 240", MaterialKind.THESIS,
            List.of("B0001", "B0002"), 2, List.of(), Optional.empty());

    @ParameterizedTest
    @EnumSource(value = HoldingsSource.class, names = {"MARC21", "MARCXML"})
    void aRecordMadeFromItsFieldsReadsBackWithTheSameFields(HoldingsSource format) throws Exception {
        CatalogueRecord back = roundTrip(List.of(FROM_CSV), format).only();

        assertThat(back.sourceId()).isEqualTo("B0001");
        assertThat(back.title()).isEqualTo(FROM_CSV.title());
        assertThat(back.subtitle()).isEqualTo(FROM_CSV.subtitle());
        assertThat(back.responsibility()).isEqualTo(FROM_CSV.responsibility());
        assertThat(back.authors()).isEqualTo(FROM_CSV.authors());
        assertThat(back.edition()).isEqualTo(FROM_CSV.edition());
        assertThat(back.publisher()).isEqualTo(FROM_CSV.publisher());
        assertThat(back.place()).isEqualTo(FROM_CSV.place());
        assertThat(back.year()).isEqualTo(2015);
        assertThat(back.isbns()).isEqualTo(FROM_CSV.isbns());
        assertThat(back.issns()).isEqualTo(FROM_CSV.issns());
        assertThat(back.subjects()).isEqualTo(FROM_CSV.subjects());
        assertThat(back.language()).isEqualTo("ind");
        assertThat(back.callNumber()).isEqualTo(FROM_CSV.callNumber());
        assertThat(back.classification()).isEqualTo(FROM_CSV.classification());
        assertThat(back.series()).isEqualTo(FROM_CSV.series());
        assertThat(back.extent()).isEqualTo(FROM_CSV.extent());
        assertThat(back.notes()).isEqualTo(FROM_CSV.notes());
        assertThat(back.kind()).isEqualTo(MaterialKind.THESIS);
        // the holding member's copies are not handed on: the loading library adds its own
        assertThat(back.itemCodes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = HoldingsSource.class, names = {"MARC21", "MARCXML"})
    void keepsEveryKindThroughTheRoundTrip(HoldingsSource format) throws Exception {
        List<CatalogueRecord> kinds = List.of(MaterialKind.values()).stream().map(kind -> new CatalogueRecord(
                "#" + kind.ordinal(), "Judul " + kind, "", "", List.of(), "", "", "", null, List.of(), List.of(),
                List.of(), "", "", "", "", "", "", kind, List.of(), 1, List.of(), Optional.empty())).toList();
        assertThat(roundTrip(kinds, format).records).extracting(CatalogueRecord::kind)
                .containsExactly(MaterialKind.values());
    }

    @Test
    void writesARecordReadFromMarcAsItsMemberWroteIt() throws Exception {
        CollectingSink read = read(HoldingsReaders.forSource(HoldingsSource.MARC21), TestFiles.open("brkrtest.mrc"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcRecordWriter.write(read.records, HoldingsSource.MARC21, out);

        CollectingSink again = read(HoldingsReaders.forSource(HoldingsSource.MARC21),
                new ByteArrayInputStream(out.toByteArray()));
        assertThat(again.records).hasSize(8);
        for (int i = 0; i < 8; i++) {
            assertThat(again.records.get(i).original()).isEqualTo(read.records.get(i).original());
            assertThat(again.records.get(i).notes()).isEqualTo(read.records.get(i).notes());
        }
    }

    @Test
    void writesMarcXmlInUtf8ThatOtherSystemsRead() throws Exception {
        CollectingSink read = read(HoldingsReaders.forSource(HoldingsSource.MARC21), TestFiles.open("brkrtest.mrc"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcRecordWriter.write(read.records.subList(1, 2), HoldingsSource.MARCXML, out);

        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("http://www.loc.gov/MARC21/slim", "\u0141\u00f3d\u017a");
        CollectingSink back = read(HoldingsReaders.forSource(HoldingsSource.MARCXML),
                new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.only().notes()).isEqualTo(read.records.get(1).notes());
    }

    private static CollectingSink roundTrip(List<CatalogueRecord> records, HoldingsSource format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarcRecordWriter.write(records, format, out);
        return read(HoldingsReaders.forSource(format), new ByteArrayInputStream(out.toByteArray()));
    }
}
