package id.jalin.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.kernel.i18n.Language;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing in the member form is never lost silently: another row, feature, language or closing asks first. */
@ExtendWith(ApplicationExtension.class)
class MemberUnsavedChangesFxTest {
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        app.context.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")));
        app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB")));
        app.show(stage, Language.INDONESIAN);
        app.window.show("members");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private TableView<Library> table(FxRobot robot) {
        return robot.lookup("#memberTable").queryTableView();
    }

    private void clickRow(FxRobot robot, String code) throws Exception {
        id.jalin.kernel.ui.TableCells.click(robot, table(robot), code);
    }

    private String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private void openAndEdit(FxRobot robot) throws Exception {
        clickRow(robot, "UNPAD");
        waitUntil(() -> field(robot, "#codeField").equals("UNPAD"));
        robot.interact(() -> robot.lookup("#cityField").queryAs(TextField.class).setText("Jatinangor"));
    }

    private void answer(FxRobot robot, String button) throws Exception {
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        Button choice = robot.lookup("#unsavedDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow();
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String selectedCode(FxRobot robot) {
        Library selected = table(robot).getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.code();
    }

    @Test
    void stayKeepsTheTypingAndTheRow(FxRobot robot) throws Exception {
        openAndEdit(robot);
        clickRow(robot, "ITB");

        answer(robot, "Tetap di sini");

        assertThat(field(robot, "#codeField")).isEqualTo("UNPAD");
        assertThat(field(robot, "#cityField")).isEqualTo("Jatinangor");
        assertThat(selectedCode(robot)).isEqualTo("UNPAD");
        assertThat(app.context.members().memberByCode("UNPAD").orElseThrow().library().city()).isEqualTo("Bandung");
    }

    @Test
    void discardLosesTheTypingAndOpensTheOtherRow(FxRobot robot) throws Exception {
        openAndEdit(robot);
        clickRow(robot, "ITB");

        answer(robot, "Buang perubahan");

        waitUntil(() -> field(robot, "#codeField").equals("ITB"));
        assertThat(selectedCode(robot)).isEqualTo("ITB");
        assertThat(app.context.members().memberByCode("UNPAD").orElseThrow().library().city()).isEqualTo("Bandung");
    }

    @Test
    void aPersonTypedIntoTheStaffFieldsButNotAddedAsksFirstAndSaveStoresThem(FxRobot robot) throws Exception {
        clickRow(robot, "UNPAD");
        waitUntil(() -> field(robot, "#codeField").equals("UNPAD"));
        robot.interact(() -> {
            robot.lookup("#staffNameField").queryAs(TextField.class).setText("Dewi Lestari");
            robot.lookup("#staffEmailField").queryAs(TextField.class).setText("dewi@unpad.ac.id");
        });
        clickRow(robot, "ITB");

        answer(robot, "Simpan");

        waitUntil(() -> field(robot, "#codeField").equals("ITB"));
        assertThat(app.context.members().memberByCode("UNPAD").orElseThrow().staff())
                .extracting(id.jalin.member.domain.StaffMember::name, id.jalin.member.domain.StaffMember::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dewi Lestari", "dewi@unpad.ac.id"));
    }

    @Test
    void aStaffEntryThatCannotBeAddedKeepsTheUserOnTheFormWithTheReason(FxRobot robot) throws Exception {
        clickRow(robot, "UNPAD");
        waitUntil(() -> field(robot, "#codeField").equals("UNPAD"));
        robot.interact(() -> robot.lookup("#staffEmailField").queryAs(TextField.class).setText("dewi@unpad"));
        clickRow(robot, "ITB");

        answer(robot, "Simpan");

        // no name: refused next to the staff fields, still on UNPAD with the typing
        assertThat(field(robot, "#codeField")).isEqualTo("UNPAD");
        assertThat(field(robot, "#staffEmailField")).isEqualTo("dewi@unpad");
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label label
                && label.isVisible() && label.getText() != null && label.getText().startsWith("Staf ke-1 belum diberi nama")).tryQuery())
                .isPresent();
        assertThat(app.context.members().memberByCode("UNPAD").orElseThrow().staff()).isEmpty();
    }

    @Test
    void saveStoresTheTypingAndThenOpensTheOtherRow(FxRobot robot) throws Exception {
        openAndEdit(robot);
        clickRow(robot, "ITB");

        answer(robot, "Simpan");

        waitUntil(() -> field(robot, "#codeField").equals("ITB"));
        assertThat(selectedCode(robot)).isEqualTo("ITB");
        assertThat(app.context.members().memberByCode("UNPAD").orElseThrow().library().city()).isEqualTo("Jatinangor");
    }

    @Test
    void savingSaysSoQuietlyAndKeepsTheSavedRowSelected(FxRobot robot) throws Exception {
        openAndEdit(robot);

        robot.clickOn("#saveButton");

        Label notice = robot.lookup("#savedNotice").queryAs(Label.class);
        waitUntil(() -> notice.getText().equals("Tersimpan"));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> "UNPAD".equals(selectedCode(robot)));
        assertThat(robot.lookup("#unsavedDialog").tryQuery()).isEmpty();
        robot.interact(() -> robot.lookup("#cityField").queryAs(TextField.class).setText("Sumedang"));
        assertThat(notice.getText()).isEmpty();
    }

    @Test
    void aNewMemberIsSelectedInTheTableOnceSaved(FxRobot robot) throws Exception {
        robot.clickOn("#addButton");
        robot.clickOn("#codeField").write("UNSIL");
        robot.clickOn("#nameField").write("Perpustakaan Universitas Siliwangi");

        robot.clickOn("#saveButton");

        waitUntil(() -> "UNSIL".equals(selectedCode(robot)));
        assertThat(robot.lookup("#savedNotice").queryAs(Label.class).getText()).isEqualTo("Tersimpan");
    }

    @Test
    void switchingFeatureAsksAndStayKeepsTheScreen(FxRobot robot) throws Exception {
        openAndEdit(robot);

        robot.clickOn("Perjanjian");
        answer(robot, "Tetap di sini");

        assertThat(robot.lookup("#memberRegister").tryQuery()).isPresent();
        assertThat(field(robot, "#cityField")).isEqualTo("Jatinangor");

        robot.clickOn("Perjanjian");
        answer(robot, "Buang perubahan");

        waitUntil(() -> robot.lookup("#memberRegister").tryQuery().isEmpty());
        assertThat(app.context.members().memberByCode("UNPAD").orElseThrow().library().city()).isEqualTo("Bandung");
    }

    @Test
    void switchingLanguageAsksThenKeepsTheScreenAndTheSelectedRow(FxRobot robot) throws Exception {
        openAndEdit(robot);

        robot.clickOn("Tampilan").clickOn("Bahasa").clickOn("English");
        answer(robot, "Tetap di sini");
        assertThat(robot.lookup("#addButton").queryButton().getText()).isEqualTo("Tambah anggota");
        assertThat(field(robot, "#cityField")).isEqualTo("Jatinangor");

        robot.clickOn("Tampilan").clickOn("Bahasa").clickOn("English");
        answer(robot, "Simpan");

        waitUntil(() -> robot.lookup("#addButton").queryButton().getText().equals("Add member"));
        waitUntil(() -> "UNPAD".equals(selectedCode(robot)));
        waitUntil(() -> field(robot, "#cityField").equals("Jatinangor"));
        assertThat(app.context.members().memberByCode("UNPAD").orElseThrow().library().city()).isEqualTo("Jatinangor");
    }

    @Test
    void closingTheWindowAsksAndStayKeepsItOpen(FxRobot robot) throws Exception {
        openAndEdit(robot);

        // Not through interact(): the question waits for an answer, and interact would wait for the question.
        javafx.application.Platform.runLater(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer(robot, "Tetap di sini");

        assertThat(stage.isShowing()).isTrue();
        assertThat(field(robot, "#cityField")).isEqualTo("Jatinangor");
    }
}
