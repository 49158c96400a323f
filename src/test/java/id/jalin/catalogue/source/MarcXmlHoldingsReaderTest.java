package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.TestFiles.open;
import static id.jalin.catalogue.source.TestFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.validation.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarcXmlHoldingsReaderTest {
    private final HoldingsReader reader = HoldingsReaders.forSource(HoldingsSource.MARCXML);

    @Test
    void readsTheSameRecordsAsTheirIso2709() throws Exception {
        CollectingSink xml = read(reader, open("chabon.xml"));
        CollectingSink iso = read(HoldingsReaders.forSource(HoldingsSource.MARC21), open("chabon.mrc"));

        assertThat(xml.setAside).isEmpty();
        assertThat(xml.records).extracting(CatalogueRecord::title, CatalogueRecord::authors, CatalogueRecord::year,
                CatalogueRecord::isbns, CatalogueRecord::subjects).containsExactlyElementsOf(iso.records.stream()
                .map(r -> org.assertj.core.groups.Tuple.tuple(r.title(), r.authors(), r.year(), r.isbns(),
                        r.subjects())).toList());
    }

    @Test
    void readsARecordAsKohaServesIt() throws Exception {
        CatalogueRecord record = read(reader, open("1474920681_KOHA_LFL_5.xml")).only();
        assertThat(record.sourceId()).isEqualTo("121564");
        // this server wrote the whole title into 245 $a: it stays as catalogued, without the closing " /"
        assertThat(record.title()).isEqualTo("Cinema and architecture : from historical to digital");
        assertThat(record.subtitle()).isEmpty();
    }

    @Test
    void setsAsideHoldingsRecords() throws Exception {
        CollectingSink sink = read(reader, open("sample1a.xml"));
        assertThat(sink.records).hasSize(4);
        assertThat(sink.setAside).hasSize(5).allSatisfy(row -> assertThat(row.reasons())
                .containsExactly(FieldError.of("record", "catalogue.read.not_bibliographic")));
    }

    @Test
    void keepsTheRecordsBeforeBrokenXmlAndSetsTheRestAsideWithTheLine() throws Exception {
        CollectingSink sink = read(reader, open("sample1a-truncated.xml"));

        assertThat(sink.records).extracting(CatalogueRecord::sourceId).containsExactly("370589", "370607");
        RejectedRow rest = sink.setAside.get(sink.setAside.size() - 1);
        assertThat(rest.rowNumber()).isEqualTo(5);
        assertThat(rest.reasons()).containsExactly(FieldError.of("record", "catalogue.read.xml_broken", 220));
    }

    @Test
    void refusesIso2709AndOtherXml() {
        assertThatThrownBy(() -> read(reader, open("chabon.mrc"))).isInstanceOfSatisfying(
                ImportRefusedException.class, refused -> assertThat(TestFiles.refusal(refused))
                        .isEqualTo("catalogue.read.looks_like.marc21"));
        assertThatThrownBy(() -> read(reader, TestFiles.text("<?xml version=\"1.0\"?><OAI-PMH><error code="
                + "\"badVerb\"/></OAI-PMH>"))).isInstanceOfSatisfying(ImportRefusedException.class,
                        refused -> assertThat(TestFiles.refusal(refused))
                                .isEqualTo("catalogue.read.looks_like.other_xml"));
        String external = "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE collection [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a2200000 a 4500"
                + "</leader><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">&secret;</subfield>"
                + "</datafield></record></collection>";
        assertThatThrownBy(() -> read(reader, TestFiles.text(external))).isInstanceOfSatisfying(
                ImportRefusedException.class, refused -> assertThat(TestFiles.refusal(refused))
                        .isEqualTo("catalogue.read.looks_like.other_xml"));
    }

    @Test
    void cancelStopsReading() throws Exception {
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> reader.read(open("sample1a.xml"), sink, TestFiles.cancelAfter(2)))
                .isInstanceOf(CancelledException.class);
        assertThat(sink.records.size() + sink.setAside.size()).isEqualTo(2);
    }
}
