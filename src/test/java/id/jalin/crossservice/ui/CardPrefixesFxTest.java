package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardPrefix;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.member.domain.Library;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The coordinator opens the card prefixes from the card holder screen and sets one for a library without cards. */
@ExtendWith(ApplicationExtension.class)
class CardPrefixesFxTest {
    private HolderScreenHarness app;
    private Stage stage;
    private Library itb;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new HolderScreenHarness();
        itb = app.addLibrary("ITB", "Perpustakaan Pusat ITB");
        app.issueCard(app.addHolder("2101236", "Siti Aminah"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @Test
    void aPrefixIsRefusedNextToTheFieldWhenTakenAndSavedWhenFree(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.show(stage, Language.INDONESIAN)).get();
        waitUntil(() -> !robot.lookup("#cardPrefixesButton").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(stage.getScene(), "holder-screen-prefix-button");
        robot.clickOn("#cardPrefixesButton");
        waitUntil(() -> robot.lookup("#cardPrefixesDialog").tryQuery().isPresent());
        TableView<CardPrefixesViewModel.Row> table = robot.lookup("#cardPrefixTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        // UPI issued a card, so it got the first free prefix and can no longer change it
        robot.clickOn("Perpustakaan Universitas Pendidikan Indonesia (UPI)");
        waitUntil(() -> "001".equals(robot.lookup("#prefixField").queryTextInputControl().getText()));
        assertThat(robot.lookup("#prefixField").queryTextInputControl().getText()).isEqualTo("001");
        assertThat(robot.lookup("#prefixField").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#nextFreePrefix").queryAs(Label.class).getText()).contains("(sekarang 002)");

        robot.clickOn("Perpustakaan Pusat ITB (ITB)");
        waitUntil(() -> !robot.lookup("#prefixField").query().isDisabled());
        robot.clickOn("#prefixField").write("1");
        robot.clickOn("#savePrefix");
        Label error = robot.lookup("#prefixError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("Kode 001 sudah dipakai perpustakaan lain.");
        assertThat(error.isVisible()).isTrue();
        Snapshots.save(robot.lookup("#cardPrefixesDialog").query().getScene(), "card-prefixes-refused");

        robot.doubleClickOn("#prefixField").write("12");
        robot.clickOn("#savePrefix");
        waitUntil(() -> app.repository.cardPrefixes().stream().anyMatch(p -> p.libraryId() == itb.id()));
        assertThat(app.repository.cardPrefixes()).contains(new CardPrefix(itb.id(), 12, 0, false));
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.prefix() != null && r.prefix().prefix() == 12));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).isEmpty();
        Snapshots.save(robot.lookup("#cardPrefixesDialog").query().getScene(), "card-prefixes-saved");
    }
}
