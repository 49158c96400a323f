package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.Holders;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.ui.Snapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** A library with more holders than one page: the table pages, searches and sorts in the database. */
@ExtendWith(ApplicationExtension.class)
class HolderListPagingFxTest {
    private static final String[] FIRST = {"Ahmad", "Dewi", "Siti", "Budi", "Nur", "Yusuf", "Rina", "Agus", "Putri",
        "Hendra", "Wulan", "Fajar", "Intan"};
    private static final String[] LAST = {"Fauzi", "Lestari", "Aminah", "Santoso", "Aisyah", "Maulana", "Kartika",
        "Saputra", "Rahmawati", "Gunawan", "Permata"};

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

    private String range(FxRobot robot) {
        return robot.lookup("#holderPageRange").queryAs(Label.class).getText();
    }

    /** 130 holders; exactly three are called Lestari (numbers 2101001, 2101012 and 2101023). */
    private void holders() {
        List<CardHolder> fresh = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            String last = i < 34 && i % 11 == 1 ? "Lestari" : LAST[i % LAST.length].equals("Lestari") ? "Wijaya"
                    : LAST[i % LAST.length];
            fresh.add(Holders.student(app.library.id(), String.valueOf(2101000 + i),
                    FIRST[i % FIRST.length] + " " + last));
        }
        app.repository.saveHolders(fresh, Progress.NONE);
    }

    @Test
    void typingASearchShowsTheMatchingHoldersFromTheDatabaseAndTheHeaderSortsThem(FxRobot robot) throws Exception {
        holders();
        WaitForAsyncUtils.asyncFx(() -> app.show(stage, Language.INDONESIAN)).get();
        TableView<HolderRow> table = robot.lookup("#holderTable").queryTableView();
        waitUntil(() -> "1\u201350 dari 130".equals(range(robot)));
        assertThat(table.getItems()).hasSize(50);

        robot.clickOn("#holderPageNext");
        waitUntil(() -> "51\u2013100 dari 130".equals(range(robot)));
        robot.clickOn("#holderSearch").write("lestari");

        waitUntil(() -> "1\u20133 dari 3".equals(range(robot)));
        assertThat(table.getItems()).extracting(r -> r.holder().name()).allMatch(n -> n.endsWith("Lestari"));
        assertThat(robot.lookup("#holderPageNext").queryButton().isDisabled()).isTrue();

        Node numberHeader = robot.from(table).lookup(".column-header .label")
                .match(LabeledMatchers.hasText("NIM/NIP")).query();
        robot.clickOn(numberHeader);
        waitUntil(() -> table.getItems().get(0).holder().number().equals("2101001"));
        robot.clickOn(numberHeader);
        waitUntil(() -> table.getItems().get(0).holder().number().equals("2101023"));
        assertThat(table.getItems()).extracting(r -> r.holder().number())
                .containsExactly("2101023", "2101012", "2101001");
        Snapshots.save(stage.getScene(), "holder-list-searched");
    }
}
