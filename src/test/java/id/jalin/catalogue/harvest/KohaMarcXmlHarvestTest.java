package id.jalin.catalogue.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.CatalogueServerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KohaMarcXmlHarvestTest {
    private static final String OAI = "/cgi-bin/koha/oai.pl";
    private static final String FORMATS = OAI + "?verb=ListMetadataFormats";
    private static final String FIRST = OAI + "?verb=ListRecords&metadataPrefix=marcxml";
    private static final String SECOND = OAI + "?verb=ListRecords&resumptionToken="
            + "marcxml%2F2%2F1970-01-01T00%3A00%3A00Z%2F2026-12-01T23%3A59%3A59Z%2F%2F0%2F1003";
    private static final HarvestSettings QUICK = new HarvestSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 50);

    private final FixtureServer server = FixtureServer.start();
    private final CollectingSink sink = new CollectingSink();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void kohaIsHarvestedInMarcxmlAcrossPagesWithItsItemsAndDeletionsCounted() throws Exception {
        server.on(FORMATS, "koha-list-metadata-formats.xml").on(FIRST, "koha-marcxml-page1.xml")
                .on(SECOND, "koha-marcxml-page2.xml");
        RecordingProgress progress = new RecordingProgress();

        HarvestSummary summary = Harvesters.forKind(CatalogueServerKind.KOHA, QUICK)
                .harvest(HarvestRequest.whole(server.address(OAI), CatalogueServerKind.KOHA), sink, progress);

        assertThat(sink.records).extracting(CatalogueRecord::sourceId)
                .containsExactly("PCONTOH:1001", "PCONTOH:1002", "PCONTOH:1003");
        assertThat(sink.titles()).containsExactly("Bumi", "Laskar pelangi", "Sang pemimpi");
        CatalogueRecord bumi = sink.record("PCONTOH:1001");
        assertThat(bumi.isbns()).containsExactly(new Isbn("9786020301129", true));
        assertThat(bumi.itemCodes()).containsExactly("30000011", "30000012");
        assertThat(bumi.copies()).isEqualTo(2);
        assertThat(bumi.callNumber()).isEqualTo("899.2213 TER b");
        assertThat(sink.record("PCONTOH:1002").locations()).as("952 $a, the home branch").containsExactly("PUSAT");
        assertThat(bumi.year()).isEqualTo(2014);
        assertThat(bumi.original()).as("kept for copy cataloguing").isPresent();
        assertThat(sink.record("PCONTOH:1002").itemCodes()).containsExactly("30000107");
        CatalogueRecord pemimpi = sink.record("PCONTOH:1003");
        assertThat(pemimpi.isbns()).isEqualTo(List.of(Isbn.read("979-3062-92-4").orElseThrow()));
        assertThat(pemimpi.itemCodes()).isEmpty();
        // A record without a title is set aside under its OAI identifier, at its place in the harvest.
        assertThat(sink.setAside).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(5);
            assertThat(row.rawValues()).first().isEqualTo("PCONTOH:1004");
        });
        assertThat(summary).isEqualTo(new HarvestSummary(HoldingsSource.OAI_PMH, 3, 5, List.of("PCONTOH:998"),
                false));
        assertThat(server.requests()).containsExactly(FORMATS, FIRST, SECOND);
        assertThat(progress.updates).containsExactly("2/3", "3/4");
    }

    @Test
    void onlyChangesSinceTheLastHarvestAreAskedForByDayAsKohaKeepsDays() throws Exception {
        String changes = OAI + "?verb=ListRecords&metadataPrefix=marcxml&from=2026-11-01";
        server.on(FORMATS, "koha-list-metadata-formats.xml").on(OAI + "?verb=Identify", "koha-identify.xml")
                .on(changes, "koha-marcxml-page2.xml");

        HarvestSummary summary = Harvesters.forKind(CatalogueServerKind.KOHA, QUICK).harvest(
                new HarvestRequest(server.address(OAI), CatalogueServerKind.KOHA,
                        Optional.of(Instant.parse("2026-11-01T06:30:00Z"))), sink, Progress.NONE);

        assertThat(summary.incremental()).isTrue();
        assertThat(sink.titles()).containsExactly("Sang pemimpi");
        assertThat(server.requests()).containsExactly(FORMATS, OAI + "?verb=Identify", changes);
    }

    @Test
    void aMarcxmlRecordMarc4jCannotReadIsSetAsideAndTheHarvestGoesOn() throws Exception {
        server.on(FORMATS, "koha-list-metadata-formats.xml").on(FIRST, "koha-marcxml-unreadable.xml");

        Harvesters.forKind(CatalogueServerKind.INLISLITE, QUICK)
                .harvest(HarvestRequest.whole(server.address(OAI), CatalogueServerKind.INLISLITE), sink,
                        Progress.NONE);

        assertThat(sink.titles()).containsExactly("Laskar pelangi");
        assertThat(sink.setAside).singleElement().satisfies(row -> {
            assertThat(row.reasons()).first().satisfies(reason ->
                    assertThat(reason.messageKey()).isEqualTo("catalogue.harvest.record.unreadable"));
            assertThat(row.rawValues()).first().isEqualTo("PCONTOH:1001");
        });
    }
}
