package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Photos taken from a folder named by holder number, with the files that matched nobody reported. */
@ExtendWith(ApplicationExtension.class)
class PhotoImportFxTest {
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

    @Test
    void matchedPhotosAreStoredAndTheOthersListed(FxRobot robot, @TempDir Path folder) throws Exception {
        CardHolder holder = app.addHolder("2101250", "Ayu Wulandari");
        BufferedImage portrait = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(portrait, "png", folder.resolve("2101250.png").toFile());
        ImageIO.write(portrait, "png", folder.resolve("9999999.png").toFile());
        Files.writeString(folder.resolve("2101250-lama.jpg"), "bukan foto");
        app.folders.add(folder);
        WaitForAsyncUtils.asyncFx(() -> app.show(stage, Language.INDONESIAN)).get();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("Ayu Wulandari").tryQuery().isPresent());

        robot.clickOn("#importPhotosButton");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#photoImportReport").tryQuery().isPresent());
        assertThat(robot.lookup("#photoImportSummary").queryAs(Label.class).getText()).startsWith("1 foto");
        ListView<String> problems = robot.lookup("#photoProblems").queryListView();
        assertThat(problems.getItems()).hasSize(2).anyMatch(line -> line.startsWith("9999999.png"));
        Snapshots.save(problems.getScene(), "holder-photo-report");
        assertThat(app.holders.photo(holder.id())).isPresent();
    }
}
