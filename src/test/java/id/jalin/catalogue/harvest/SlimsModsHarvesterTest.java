package id.jalin.catalogue.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.CatalogueServerKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlimsModsHarvesterTest {
    private static final String PAGE_1 = "/opac/index.php?resultXML=true&search=Search&keywords=&page=1";
    private static final String PAGE_2 = "/opac/index.php?resultXML=true&search=Search&keywords=&page=2";
    private static final String DETAIL = "/opac/index.php?p=show_detail&inXML=true&id=";
    private static final HarvestSettings QUICK = new HarvestSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 50);

    private final FixtureServer server = FixtureServer.start();
    private final CollectingSink sink = new CollectingSink();

    @BeforeEach
    void serveTheCatalogue() {
        server.on(PAGE_1, "slims-mods-search-page1.xml").on(PAGE_2, "slims-mods-search-page2.xml")
                .on(DETAIL + "1021", "slims-mods-detail-1021.xml").on(DETAIL + "1020", "slims-mods-detail-1020.xml")
                .on(DETAIL + "1018", "slims-mods-detail-1018.xml");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HarvestSummary harvest(Progress progress) throws HarvestFailedException {
        return SlimsModsHarvester.over(QUICK).harvest(
                HarvestRequest.whole(server.address("/opac"), CatalogueServerKind.SLIMS), sink, progress);
    }

    @Test
    void everyListedRecordIsReadFromItsOwnPageWithItsCopies() throws Exception {
        RecordingProgress progress = new RecordingProgress();

        HarvestSummary summary = harvest(progress);

        assertThat(sink.titles()).containsExactly("Bumi", "Laskar pelangi", "Manajemen perpustakaan");
        CatalogueRecord bumi = sink.record("1021");
        assertThat(bumi.itemCodes()).containsExactly("B00101", "B00102", "B00103");
        assertThat(bumi.copies()).isEqualTo(3);
        assertThat(bumi.callNumber()).isEqualTo("899.221 3 TER b");
        assertThat(bumi.isbns()).containsExactly(new Isbn("9786020301129", true));
        assertThat(bumi.authors()).containsExactly("Tere Liye");
        assertThat(bumi.place()).isEqualTo("Jakarta");
        assertThat(bumi.publisher()).isEqualTo("Gramedia Pustaka Utama");
        assertThat(bumi.year()).isEqualTo(2014);
        assertThat(bumi.language()).isEqualTo("Indonesia");
        assertThat(bumi.extent()).isEqualTo("440 hlm. ; 20 cm");
        assertThat(bumi.subjects()).containsExactly("Fiksi Indonesia", "Novel");
        assertThat(bumi.classification()).isEqualTo("899.221 3");
        assertThat(bumi.responsibility()).isEqualTo("Tere Liye");
        assertThat(bumi.kind()).isEqualTo(MaterialKind.BOOK);
        // SLiMS's detail loses a title with "/" and no ":"; the search page's title stands in.
        CatalogueRecord laskar = sink.record("1020");
        assertThat(laskar.locations()).as("the copy's sublocation").containsExactly("Perpustakaan Pusat");
        assertThat(laskar.series()).isEqualTo("Tetralogi Laskar Pelangi");
        assertThat(laskar.notes()).isEqualTo("Hadiah dari alumni angkatan 2010");
        assertThat(laskar.isbns()).extracting(Isbn::digits).containsExactly("9789793062792");
        CatalogueRecord manajemen = sink.record("1018");
        assertThat(manajemen.subtitle()).isEqualTo("suatu pendekatan praktik");
        assertThat(manajemen.subjects()).as("a subject named in the OPAC's language").containsExactly(
                "Perpustakaan -- Manajemen");
        assertThat(manajemen.itemCodes()).isEmpty();
        assertThat(manajemen.copies()).isEqualTo(1);
        assertThat(manajemen.callNumber()).isEmpty();
        assertThat(summary).isEqualTo(new HarvestSummary(HoldingsSource.SLIMS_MODS, 5, 3, List.of(), false));
        assertThat(progress.updates).containsExactly("1/3", "2/3", "3/3");
        assertThat(server.requests()).containsExactly(PAGE_1, DETAIL + "1021", DETAIL + "1020", PAGE_2,
                DETAIL + "1018");
    }

    @Test
    void cancelStopsBeforeTheNextRecordIsAskedFor() {
        RecordingProgress progress = RecordingProgress.cancellingAfter(1);

        assertThatThrownBy(() -> harvest(progress)).isInstanceOf(CancelledException.class);

        assertThat(server.requests()).containsExactly(PAGE_1, DETAIL + "1021");
    }

    @Test
    void aRecordPageThatFailsStopsTheWholeHarvest() {
        server.onStatus(DETAIL + "1020", 500, "<b>Fatal error</b>");

        HarvestFailedException failure = catchThrowableOfType(() -> harvest(Progress.NONE),
                HarvestFailedException.class);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.http.status");
        assertThat(sink.titles()).containsExactly("Bumi");
    }

    @Test
    void aSearchPageThatIsNotModsIsRefused() {
        server.on(PAGE_1, "dspace-identify.xml");

        HarvestFailedException failure = catchThrowableOfType(() -> harvest(Progress.NONE),
                HarvestFailedException.class);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.unexpected.xml");
        assertThat(failure.args()).startsWith("MODS", "OAI-PMH");
    }

    @Test
    void aServerThatIgnoresThePageNumberIsStopped() {
        server.on(PAGE_2, "slims-mods-search-page1.xml");

        HarvestFailedException failure = catchThrowableOfType(() -> harvest(Progress.NONE),
                HarvestFailedException.class);

        assertThat(failure.messageKey()).isEqualTo("catalogue.harvest.page.repeated");
    }
}
