package id.jalin.catalogue.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.RecordFlag;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.CatalogueServerKind;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OaiPmhHarvesterTest {
    private static final String SLIMS_FIRST = "/slims/oai.php?verb=ListRecords&metadataPrefix=oai_dc";
    private static final String SLIMS_SECOND = "/slims/oai.php?verb=ListRecords&resumptionToken=oai_dc%2F2";
    private static final String EPRINTS = "/cgi/oai2?verb=ListRecords&metadataPrefix=oai_dc";
    private static final HarvestSettings QUICK = new HarvestSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 50);

    private final FixtureServer server = FixtureServer.start();
    private final CollectingSink sink = new CollectingSink();

    @AfterEach
    void stop() {
        server.close();
    }

    private HarvestSummary harvest(CatalogueServerKind kind, String path) throws HarvestFailedException {
        return harvest(kind, path, QUICK, Progress.NONE);
    }

    private HarvestSummary harvest(CatalogueServerKind kind, String path, HarvestSettings settings, Progress progress)
            throws HarvestFailedException {
        return Harvesters.forKind(kind, settings)
                .harvest(HarvestRequest.whole(server.address(path), kind), sink, progress);
    }

    private HarvestFailedException failure(CatalogueServerKind kind, String path, HarvestSettings settings) {
        return catchThrowableOfType(() -> harvest(kind, path, settings, Progress.NONE), HarvestFailedException.class);
    }

    @Test
    void slimsDublinCoreIsHarvestedAcrossPagesWithItsCopiesAndCallNumbers() throws Exception {
        server.on(SLIMS_FIRST, "slims-oai-page1.xml").on(SLIMS_SECOND, "slims-oai-page2.xml");

        HarvestSummary summary = harvest(CatalogueServerKind.SLIMS, "/slims/");

        assertThat(sink.titles()).containsExactly("Bumi", "Laskar pelangi", "Jurnal Ilmu Perpustakaan dan Informasi",
                "Tafsir al-Mishb\u00e2h");
        CatalogueRecord bumi = sink.record("1021");
        assertThat(bumi.authors()).containsExactly("Tere Liye");
        assertThat(bumi.isbns()).containsExactly(new Isbn("9786020301129", true));
        assertThat(bumi.itemCodes()).containsExactly("B00101", "B00102", "B00103");
        assertThat(bumi.copies()).isEqualTo(3);
        assertThat(bumi.callNumber()).isEqualTo("899.221 3 TER b");
        assertThat(bumi.classification()).isEqualTo("899.221 3");
        assertThat(bumi.subjects()).containsExactly("Fiksi Indonesia", "Novel");
        assertThat(bumi.year()).isEqualTo(2014);
        assertThat(bumi.edition()).isEqualTo("Cet. 1");
        assertThat(bumi.extent()).isEqualTo("440 hlm. ; 20 cm");
        assertThat(bumi.kind()).isEqualTo(MaterialKind.BOOK);
        CatalogueRecord laskar = sink.record("1020");
        assertThat(laskar.responsibility()).isEqualTo("Andrea Hirata");
        assertThat(laskar.isbns()).extracting(Isbn::digits).containsExactly("9789793062792");
        assertThat(laskar.series()).isEqualTo("Tetralogi Laskar Pelangi");
        assertThat(laskar.itemCodes()).containsExactly("B00088");
        CatalogueRecord journal = sink.record("1019");
        assertThat(journal.kind()).isEqualTo(MaterialKind.SERIAL);
        assertThat(journal.issns()).extracting(issn -> issn.written() + " " + issn.checkValid())
                .containsExactly("0852-6982 true");
        assertThat(journal.year()).isNull();
        assertThat(journal.flags()).doesNotContain(RecordFlag.UNREADABLE_YEAR);
        assertThat(journal.copies()).isEqualTo(1);
        // SLiMS encodes its titles twice (utf8_encode over UTF-8); the classification "2X1.3" is SLiMS's for Islam.
        CatalogueRecord tafsir = sink.record("1017");
        assertThat(tafsir.subtitle()).isEqualTo("pesan, kesan dan keserasian al-Qur'\u00e2n");
        assertThat(tafsir.classification()).isEqualTo("2X1.3");
        assertThat(tafsir.callNumber()).isEqualTo("2X1.3 SHI t");
        assertThat(tafsir.isbns()).isEmpty();
        // The token is the only argument of the second page, and URL-encoded ("/" as %2F).
        assertThat(server.requests()).containsExactly(SLIMS_FIRST, SLIMS_SECOND);
        assertThat(summary).isEqualTo(new HarvestSummary(HoldingsSource.OAI_PMH, 2, 4, java.util.List.of(), false));
    }

    @Test
    void slimsIsAlwaysHarvestedWholeSinceItKeepsNoDatestamps() throws Exception {
        server.on(SLIMS_FIRST, "slims-oai-page1.xml").on(SLIMS_SECOND, "slims-oai-page2.xml");

        HarvestSummary summary = Harvesters.forKind(CatalogueServerKind.SLIMS, QUICK).harvest(
                new HarvestRequest(server.address("/slims/oai.php"), CatalogueServerKind.SLIMS,
                        Optional.of(Instant.parse("2026-11-01T00:00:00Z"))), sink, Progress.NONE);

        assertThat(summary.incremental()).isFalse();
        assertThat(server.requests()).containsExactly(SLIMS_FIRST, SLIMS_SECOND);
        assertThat(sink.records).hasSize(4);
    }

    @Test
    void anEprintsThesisIsReadAsAThesisWithItsPageAsTheAddress() throws Exception {
        server.on(EPRINTS, "eprints-thesis.xml");
        Harvester shared = Harvesters.forKind(CatalogueServerKind.EPRINTS, Harvesters.client(QUICK), QUICK);

        HarvestSummary summary = shared.harvest(
                HarvestRequest.whole(server.address("/cgi/oai2"), CatalogueServerKind.EPRINTS), sink, Progress.NONE);

        CatalogueRecord thesis = sink.record("oai:eprints.example.ac.id:7712");
        assertThat(thesis.title())
                .isEqualTo("Evaluasi layanan referensi digital di perpustakaan perguruan tinggi negeri di Semarang");
        assertThat(thesis.kind()).isEqualTo(MaterialKind.THESIS);
        assertThat(thesis.authors()).containsExactly("Rahmawati, Dewi");
        assertThat(thesis.year()).isEqualTo(2023);
        assertThat(thesis.publisher()).isEqualTo("Universitas Contoh");
        assertThat(thesis.language()).isEqualTo("id");
        assertThat(thesis.subjects()).containsExactly("Z665 Library Science. Information Science");
        assertThat(thesis.notes()).isEqualTo("http://eprints.example.ac.id/7712/");
        // The citation among the identifiers holds digits, but no ISBN.
        assertThat(thesis.isbns()).isEmpty();
        assertThat(summary.records()).isEqualTo(1);
    }

    @Test
    void aRepositoryIsAskedOnlyForChangesSinceTheLastHarvestAndItsDeletionsAreCounted() throws Exception {
        server.on("/oai/request?verb=Identify", "dspace-identify.xml")
                .on("/oai/request?verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-01T06%3A30%3A00Z",
                        "dspace-changes.xml");

        HarvestSummary summary = Harvesters.forKind(CatalogueServerKind.DSPACE, QUICK).harvest(
                new HarvestRequest(server.address("/oai/request"), CatalogueServerKind.DSPACE,
                        Optional.of(Instant.parse("2026-11-01T06:30:00Z"))), sink, Progress.NONE);

        assertThat(summary.incremental()).isTrue();
        assertThat(summary.deletedIds()).containsExactly("oai:repository.example.ac.id:123456789/880");
        assertThat(summary.records()).isEqualTo(2);
        CatalogueRecord report = sink.record("oai:repository.example.ac.id:123456789/1042");
        assertThat(report.title()).isEqualTo("Laporan penelitian");
        assertThat(report.subtitle()).isEqualTo("pemanfaatan repositori institusi oleh dosen");
        assertThat(report.kind()).isEqualTo(MaterialKind.RESEARCH_REPORT);
        assertThat(report.authors()).containsExactly("Santoso, Budi", "Wulandari, Sri");
        assertThat(report.isbns()).containsExactly(new Isbn("9786028311106", true));
        assertThat(report.year()).as("issued, not accessioned").isEqualTo(2025);
        assertThat(report.notes()).isEqualTo("http://repository.example.ac.id/handle/123456789/1042");
        assertThat(sink.records).hasSize(1);
    }

    @Test
    void anotherServerIsAskedWhichFormatsItHasAndHarvestedInDublinCoreWhenItHasNoMarcxml() throws Exception {
        server.on("/cgi/oai2?verb=ListMetadataFormats", "eprints-list-metadata-formats.xml")
                .on(EPRINTS, "eprints-thesis.xml");

        harvest(CatalogueServerKind.OTHER_OAI_PMH, "/cgi/oai2");

        assertThat(sink.titles()).hasSize(1);
        assertThat(server.requests()).containsExactly("/cgi/oai2?verb=ListMetadataFormats", EPRINTS);
    }

    @Test
    void aServerWithNoFormatJalinReadsIsRefusedNamingWhatItOffers() {
        server.on("/oai?verb=ListMetadataFormats", "oai-list-metadata-formats-unreadable.xml");

        HarvestFailedException failure = failure(CatalogueServerKind.OTHER_OAI_PMH, "/oai", QUICK);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.no.format");
        assertThat(failure.args()).containsExactly("mods, ese");
    }

    @Test
    void noRecordsMatchIsAnEmptyHarvestNotAFailure() throws Exception {
        server.on(EPRINTS, "oai-no-records-match.xml");

        HarvestSummary summary = harvest(CatalogueServerKind.EPRINTS, "/cgi/oai2");

        assertThat(summary.records()).isZero();
        assertThat(sink.records).isEmpty();
        assertThat(sink.setAside).isEmpty();
    }

    @Test
    void anOaiErrorStopsTheHarvestNamingItsCodeAndText() {
        server.on(EPRINTS, "oai-error-cannot-disseminate.xml");

        HarvestFailedException failure = failure(CatalogueServerKind.EPRINTS, "/cgi/oai2", QUICK);

        assertThat(failure.reason()).isEqualTo(FieldError.of("server", "catalogue.harvest.oai.error",
                "cannotDisseminateFormat", "Record not available as metadata type: oai_dc"));
    }

    @Test
    void aBadArgumentAnswerToTheDateQueryStopsTheHarvest() {
        server.on("/oai/request?verb=Identify", "dspace-identify.xml")
                .on("/oai/request?verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-01T00%3A00%3A00Z",
                        "oai-error-bad-argument.xml");

        Throwable thrown = catchThrowableOfType(() -> Harvesters.forKind(CatalogueServerKind.DSPACE, QUICK).harvest(
                new HarvestRequest(server.address("/oai/request"), CatalogueServerKind.DSPACE,
                        Optional.of(Instant.parse("2026-11-01T00:00:00Z"))), sink, Progress.NONE),
                HarvestFailedException.class);

        assertThat(((HarvestFailedException) thrown).args()).first().isEqualTo("badArgument");
    }

    @Test
    void anHttpErrorStopsTheHarvest() {
        server.onStatus(EPRINTS, 500, "<h1>Internal Server Error</h1>");

        HarvestFailedException failure = failure(CatalogueServerKind.EPRINTS, "/cgi/oai2", QUICK);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.http.status");
        assertThat(failure.args()).containsExactly("500", server.address(EPRINTS).toString());
    }

    @Test
    void aWebPageInsteadOfXmlStopsTheHarvest() {
        server.on(EPRINTS, "not-xml-page.html");

        HarvestFailedException failure = failure(CatalogueServerKind.EPRINTS, "/cgi/oai2", QUICK);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.html");
    }

    @Test
    void aBrokenPageInTheMiddleFailsTheHarvestAfterTheFirstPageWasHandedOver() {
        server.on(SLIMS_FIRST, "slims-oai-page1.xml").on(SLIMS_SECOND, "slims-oai-page2-broken.xml");

        HarvestFailedException failure = failure(CatalogueServerKind.SLIMS, "/slims/", QUICK);

        // The caller rolls back what the sink received: the exception is what tells it to.
        assertThat(sink.titles()).containsExactly("Bumi", "Laskar pelangi");
        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.malformed");
        assertThat(failure.args()).first().isEqualTo(server.address(SLIMS_SECOND).toString());
    }

    @Test
    void aPageThatNeverEndsIsCutOffInsteadOfFillingTheMemory() {
        server.endlessOn(EPRINTS);

        HarvestFailedException failure = failure(CatalogueServerKind.EPRINTS, "/cgi/oai2", QUICK);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.too.large");
        assertThat(failure.args()).containsExactly(server.address(EPRINTS).toString(), "64");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.silentOn(EPRINTS);
        HarvestSettings impatient = new HarvestSettings(Duration.ofMillis(300), Duration.ofMillis(300), 50);

        HarvestFailedException failure = failure(CatalogueServerKind.EPRINTS, "/cgi/oai2", impatient);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.timeout");
        assertThat(failure.args()).containsExactly(server.hostAndPort(), "1");
    }

    @Test
    void nothingListeningAtTheAddressIsSaidSo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/cgi/oai2");

        Throwable thrown = catchThrowableOfType(() -> Harvesters.forKind(CatalogueServerKind.EPRINTS, QUICK)
                .harvest(HarvestRequest.whole(closed, CatalogueServerKind.EPRINTS), sink, Progress.NONE),
                HarvestFailedException.class);

        assertThat(((HarvestFailedException) thrown).messageKey()).isEqualTo("catalogue.harvest.unreachable");
    }

    @Test
    void anAddressWhoseHostDoesNotExistIsSaidSo() {
        // ".invalid" never resolves (RFC 6761), so the answer comes at once and from the resolver alone.
        URI nowhere = URI.create("http://katalog.jalin-test.invalid/cgi/oai2");

        Throwable thrown = catchThrowableOfType(() -> Harvesters.forKind(CatalogueServerKind.EPRINTS, QUICK)
                .harvest(HarvestRequest.whole(nowhere, CatalogueServerKind.EPRINTS), sink, Progress.NONE),
                HarvestFailedException.class);

        assertThat(((HarvestFailedException) thrown).messageKey()).isEqualTo("catalogue.harvest.unknown.host");
        assertThat(((HarvestFailedException) thrown).args()).containsExactly("katalog.jalin-test.invalid");
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedBeforeAnyRequest() {
        Throwable thrown = catchThrowableOfType(() -> Harvesters.forKind(CatalogueServerKind.KOHA, QUICK).harvest(
                HarvestRequest.whole(URI.create("ftp://opac.example.ac.id/"), CatalogueServerKind.KOHA), sink,
                Progress.NONE), HarvestFailedException.class);

        assertThat(((HarvestFailedException) thrown).messageKey()).isEqualTo("catalogue.harvest.address.invalid");
    }

    @Test
    void aServerThatGivesTheSameTokenAgainIsStopped() {
        server.on(SLIMS_FIRST, "slims-oai-page1.xml").on(SLIMS_SECOND, "slims-oai-page1.xml");

        HarvestFailedException failure = failure(CatalogueServerKind.SLIMS, "/slims/", QUICK);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.token.loop");
        assertThat(failure.args()).containsExactly("oai_dc/2");
    }

    @Test
    void endlessPagingStopsAtTheRequestLimit() {
        server.on(SLIMS_FIRST, "slims-oai-page1.xml").on(SLIMS_SECOND, "slims-oai-page2.xml");
        HarvestSettings oneRequest = new HarvestSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 1);

        HarvestFailedException failure = failure(CatalogueServerKind.SLIMS, "/slims/", oneRequest);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.too.many.requests");
        assertThat(server.requests()).containsExactly(SLIMS_FIRST);
    }

    @Test
    void cancelBetweenPagesStopsBeforeTheNextRequest() {
        server.on(SLIMS_FIRST, "slims-oai-page1.xml").on(SLIMS_SECOND, "slims-oai-page2.xml");
        RecordingProgress progress = RecordingProgress.cancellingAfter(1);

        assertThatThrownBy(() -> harvest(CatalogueServerKind.SLIMS, "/slims/", QUICK, progress))
                .isInstanceOf(CancelledException.class);

        assertThat(progress.updates).containsExactly("2/4");
        assertThat(server.requests()).containsExactly(SLIMS_FIRST);
    }

    @Test
    void slimsWithOaiSwitchedOffIsHarvestedThroughItsModsPages() throws Exception {
        server.on(SLIMS_FIRST, "slims-oai-disabled.xml")
                .on("/slims/index.php?resultXML=true&search=Search&keywords=&page=1", "slims-mods-search-page1.xml")
                .on("/slims/index.php?resultXML=true&search=Search&keywords=&page=2", "slims-mods-search-page2.xml")
                .on("/slims/index.php?p=show_detail&inXML=true&id=1021", "slims-mods-detail-1021.xml")
                .on("/slims/index.php?p=show_detail&inXML=true&id=1020", "slims-mods-detail-1020.xml")
                .on("/slims/index.php?p=show_detail&inXML=true&id=1018", "slims-mods-detail-1018.xml");

        HarvestSummary summary = harvest(CatalogueServerKind.SLIMS, "/slims/index.php");

        assertThat(summary.source()).isEqualTo(HoldingsSource.SLIMS_MODS);
        assertThat(sink.titles()).containsExactly("Bumi", "Laskar pelangi", "Manajemen perpustakaan");
        assertThat(sink.record("1021").itemCodes()).containsExactly("B00101", "B00102", "B00103");
    }
}
