package id.jalin.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.kernel.i18n.Language;
import id.jalin.member.domain.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The member register in the real main window, driven like a coordinator would. */
@ExtendWith(ApplicationExtension.class)
class MemberRegisterFxTest {
    private TestApp app;

    @Start
    void start(Stage stage) {
        app = new TestApp();
        app.show(stage, Language.INDONESIAN);
        app.window.show("members");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private TableView<Library> table(FxRobot robot) {
        return robot.lookup("#memberTable").queryTableView();
    }

    /** Asks on the FX thread: a lookup while the window rebuilds its children reads them half-changed. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void libraryAddedThroughTheFormAppearsInTheTableAndIsStored(FxRobot robot) throws Exception {
        robot.clickOn("#addButton");
        robot.clickOn("#codeField").write("UNSIL");
        robot.clickOn("#nameField").write("Perpustakaan Universitas Siliwangi");
        robot.clickOn("#cityField").write("Tasikmalaya");
        robot.clickOn("#emailField").write("perpustakaan@unsil.ac.id");
        robot.clickOn("#yearlyDuesField").write("1.500.000");
        // The staff section is below the library's fields: scroll the form down, as the secretary would.
        javafx.scene.control.ScrollPane form = robot.lookup("#memberForm .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> form.setVvalue(0.75));
        robot.clickOn("#staffNameField").write("Dewi Lestari");
        robot.clickOn("#addStaffButton");
        TableView<?> staff = robot.lookup("#staffTable").queryTableView();
        assertThat(staff.getColumns().get(0).getCellData(0)).isEqualTo("Dewi Lestari");
        robot.clickOn("#saveButton");

        waitUntil(() -> table(robot).getItems().stream().anyMatch(l -> l.code().equals("UNSIL")));
        assertThat(app.context.members().memberByCode("UNSIL")).hasValueSatisfying(member -> {
            assertThat(member.library().city()).isEqualTo("Tasikmalaya");
            assertThat(member.library().yearlyDues().rupiah()).isEqualTo(1_500_000);
            assertThat(member.staff()).extracting(s -> s.name()).containsExactly("Dewi Lestari");
        });
        assertThat(robot.lookup("#formHeading").queryAs(Label.class).getText())
                .isEqualTo("Perpustakaan Universitas Siliwangi");
    }

    @Test
    void invalidEmailIsExplainedNextToTheFieldAndNothingIsStored(FxRobot robot) throws Exception {
        robot.clickOn("#addButton");
        robot.clickOn("#codeField").write("UNKU");
        robot.clickOn("#nameField").write("Perpustakaan Universitas Kuningan");
        robot.clickOn("#emailField").write("perpustakaan.uniku.ac.id");
        robot.clickOn("#saveButton");

        Label error = robot.lookup("#emailError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("perpustakaan.uniku.ac.id").containsIgnoringCase("e-mail");
        assertThat(error.isVisible()).isTrue();
        assertThat(app.context.members().libraries()).isEmpty();
        assertThat(table(robot).getItems()).isEmpty();
    }

    @Test
    void csvImportStoresTheGoodRowsAndListsTheThreeBadOnesWithReasons(FxRobot robot, @TempDir Path folder)
            throws Exception {
        Path csv = folder.resolve("anggota.csv");
        Files.writeString(csv, String.join("\n",
                "kode;nama;kota;jenis;email;iuran_tahunan",
                "UNPAD;Perpustakaan Universitas Padjadjaran;Sumedang;universitas;perpus@unpad.ac.id;2.500.000",
                ";Tanpa Kode;Bandung;universitas;;",
                "ITB;Perpustakaan Pusat ITB;Bandung;institut;perpus@itb.ac.id;2.500.000",
                "UPI;Perpustakaan UPI;Bandung;universitas;bukan-email;1.000.000",
                "POLBAN;Perpustakaan Polban;Bandung;politeknik;;750.000",
                "UNISBA;Perpustakaan Unisba;Bandung;kapal;;1.000.000"), StandardCharsets.UTF_8);
        app.files.answer(csv);

        robot.clickOn("#importButton");

        waitUntil(() -> robot.lookup("#importReport").tryQuery().isPresent());
        TableView<?> rejected = robot.lookup("#rejectedTable").queryTableView();
        assertThat(rejected.getItems()).hasSize(3);
        Snapshots.save(rejected.getScene(), "import-report");
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("3");
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertThat(app.context.members().libraries()).extracting(Library::code)
                .containsExactlyInAnyOrder("UNPAD", "ITB", "POLBAN");

        Path refused = folder.resolve("ditolak.xlsx");
        app.files.answer(refused);
        robot.clickOn("#exportRejectedXlsxButton");
        waitUntil(() -> !robot.lookup("#exportRejectedResult").queryAs(Label.class).getText().isEmpty());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(refused))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Baris");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("kode");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).as("the row number is a number").isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).contains("kapal");
        }
    }

    @Test
    void workbookImportStoresTheMembersOfTheFirstSheet(FxRobot robot, @TempDir Path folder) throws Exception {
        Path xlsx = folder.resolve("anggota.xlsx");
        Files.write(xlsx, id.jalin.kernel.importing.TestWorkbooks.bytes(
                new Object[] {"Kode", "Nama", "Jenis", "Iuran tahunan"},
                new Object[] {"UNPAD", "Perpustakaan Universitas Padjadjaran", "universitas", 2_500_000},
                new Object[] {"ITB", "Perpustakaan Pusat ITB", "kapal", 1_000_000}));
        app.files.answer(xlsx);

        robot.clickOn("#importButton");

        waitUntil(() -> robot.lookup("#importReport").tryQuery().isPresent());
        assertThat(robot.lookup("#rejectedTable").queryTableView().getItems()).hasSize(1);
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(app.context.members().libraries()).singleElement()
                .satisfies(library -> assertThat(library.yearlyDues()).isEqualTo(
                        id.jalin.kernel.money.Money.of(2_500_000)));
    }

    @Test
    void deletingAMemberWithCardHoldersIsRefusedBeforeAnyCannotBeUndoneQuestion(FxRobot robot) throws Exception {
        var saved = app.context.members().save(id.jalin.member.domain.Member.of(
                id.jalin.member.domain.Libraries.library("UPI", "Perpustakaan UPI")));
        long upi = ((id.jalin.kernel.validation.SaveResult.Saved<id.jalin.member.domain.Member>) saved).value()
                .library().id();
        app.context.crossService().holders().save(id.jalin.crossservice.domain.CardHolder.newHolder(upi, "2101234",
                "Dewi Lestari", "", id.jalin.crossservice.domain.HolderKind.STUDENT, "", ""));
        robot.interact(() -> app.window.refresh());
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));

        robot.clickOn("#deleteButton");

        waitUntil(() -> robot.lookup("#dialogText").tryQuery().isPresent());
        String shown = robot.lookup("#dialogText").queryAs(Label.class).getText();
        assertThat(shown).startsWith("Perpustakaan UPI tidak dapat dihapus").doesNotContain("tidak dapat dibatalkan");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#dialogText").query().getScene().getWindow()).close());
        assertThat(app.context.members().libraries()).extracting(Library::code).containsExactly("UPI");
    }

    @Test
    void switchingToEnglishRelabelsTheWindow(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#addButton").queryButton().getText()).isEqualTo("Tambah anggota");

        robot.clickOn("Tampilan").clickOn("Bahasa").clickOn("English");

        waitUntil(() -> robot.lookup("#addButton").queryButton().getText().equals("Add member"));
        assertThat(robot.lookup("#saveButton").queryButton().getText()).isEqualTo("Save");
        assertThat(app.settings.get(id.jalin.kernel.settings.Setting.LANGUAGE)).isEqualTo("en-GB");
    }
}
