package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.forum.data.JooqForumProfileRepository;
import id.jalin.kernel.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cards carry the forum's name from the forum's own profile, read when the print starts, and never an empty one. */
@ExtendWith(ApplicationExtension.class)
class CardForumFxTest {
    private HolderScreenHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new HolderScreenHarness();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private Path printOneCard(FxRobot robot, Path folder) throws Exception {
        CardHolder holder = app.addHolder("2101237", "Ahmad Fauzi");
        app.issueCard(holder);
        WaitForAsyncUtils.asyncFx(() -> app.show(stage, Language.INDONESIAN)).get();
        waitUntil(() -> robot.lookup("Ahmad Fauzi").tryQuery().isPresent());
        Path pdf = folder.resolve("kartu.pdf");
        app.files.answer(pdf);
        robot.clickOn("#printCardsButton");
        // the question comes once the forum's card rules are read in the background
        waitUntil(() -> robot.lookup("Kertas A4 (10 per lembar)").tryQuery().isPresent());
        robot.clickOn("Kertas A4 (10 per lembar)");
        return pdf;
    }

    @Test
    void cardsPrintTheNameTheForumProfileHoldsWhenThePrintStarts(FxRobot robot, @TempDir Path folder)
            throws Exception {
        // Renamed after the harness named it: the print must read the profile now, not a copy from before.
        app.forum.save(app.forum.profile().named("Forum Perpustakaan Kampus Priangan", "FPKP", "Tasikmalaya"));

        Path pdf = printOneCard(robot, folder);

        waitUntil(() -> app.opened.contains(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Forum Perpustakaan Kampus Priangan");
        }
    }

    @Test
    void unnamedForumPrintsNoCardAndSaysWhereToNameIt(FxRobot robot, @TempDir Path folder) throws Exception {
        var repository = new JooqForumProfileRepository(app.database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        repository.save(repository.load().named("", "", ""));

        Path pdf = printOneCard(robot, folder);

        waitUntil(() -> robot.lookup("#dialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#dialogText").queryAs(Label.class).getText())
                .isEqualTo("Forum belum bernama. Isi nama forum lewat Berkas \u203a Profil forum sebelum mencetak kartu.");
        assertThat(Files.exists(pdf)).isFalse();
        assertThat(app.opened).isEmpty();
    }
}
