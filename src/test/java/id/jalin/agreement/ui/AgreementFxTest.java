package id.jalin.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementSummary;
import id.jalin.app.TestApp;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A secretary drafts a PKS between two members in the real window, saves it, sees it listed, and prints it. */
@ExtendWith(ApplicationExtension.class)
class AgreementFxTest {
    private TestApp app;

    @Start
    void start(Stage stage) {
        app = new TestApp();
        app.context.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")));
        app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB")));
        app.show(stage, Language.INDONESIAN);
        app.window.show("agreements");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private void openTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#agreementTabs").queryAs(TabPane.class);
        Node header = robot.lookup("#agreementTabs .tab").nth(index).query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(index);
    }

    private void addParty(FxRobot robot, String library, String signatory, String position) {
        robot.clickOn("#addPartyButton");
        ComboBox<?> libraries = robot.lookup("#partyLibrary").queryComboBox();
        robot.clickOn(libraries);
        robot.clickOn(library);
        robot.clickOn("#partySignatory").write(signatory);
        robot.clickOn("#partyPosition").write(position);
        robot.clickOn("#partyOk");
    }

    private void typeDate(FxRobot robot, String pickerId, String date) {
        DatePicker picker = robot.lookup(pickerId).queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).eraseText(picker.getEditor().getText().length()).write(date).type(KeyCode.ENTER);
    }

    @Test
    void pksBetweenTwoMembersIsDraftedSavedListedAndPrinted(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.clickOn("#newAgreementButton").clickOn("#newPks");
        waitUntil(() -> !robot.lookup("#numberField").queryTextInputControl().getText().isBlank());
        assertThat(robot.lookup("#numberField").queryTextInputControl().getText()).matches("001/PKS/FPPTI-JABAR/[IVX]+/\\d{4}");
        robot.clickOn("#titleIdField").write("Perjanjian Kerja Sama Pinjam Antarperpustakaan");
        robot.clickOn("#titleEnField").write("Interlibrary Loan Agreement");
        typeDate(robot, "#signedOnField", "01/11/2026");
        typeDate(robot, "#startsOnField", "01/11/2026");
        typeDate(robot, "#endsOnField", "31/10/2028");

        openTab(robot, 1);
        addParty(robot, "Perpustakaan Universitas Padjadjaran (UNPAD)", "Dr. Siti Rahmawati", "Kepala Perpustakaan");
        addParty(robot, "Perpustakaan Pusat ITB (ITB)", "Ir. Bambang Setiadi", "Kepala UPT Perpustakaan");
        assertThat(robot.lookup("#partiesTable").queryTableView().getItems()).hasSize(2);

        openTab(robot, 2);
        robot.clickOn("#insertClauseButton");
        waitUntil(() -> robot.lookup("#clauseList").tryQuery().isPresent());
        ListView<?> clauses = robot.lookup("#clauseList").queryListView();
        robot.clickOn(robot.lookup("#clauseList .list-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.CONTROL);
        robot.clickOn(robot.lookup("#clauseList .list-cell").nth(1).queryAs(Node.class));
        robot.clickOn(robot.lookup("#clauseList .list-cell").nth(6).queryAs(Node.class));
        robot.release(KeyCode.CONTROL);
        assertThat(clauses.getSelectionModel().getSelectedItems()).hasSize(3);
        robot.clickOn("#insertClauses");
        assertThat(robot.lookup("#articleList").queryListView().getItems()).hasSize(3);

        openTab(robot, 3);
        robot.clickOn("#addObligationButton");
        robot.clickOn("#obligationTextId").write("Mengirim laporan pinjaman setiap triwulan");
        typeDate(robot, "#obligationDue", "31/01/2027");
        robot.clickOn("#obligationOk");
        assertThat(robot.lookup("#obligationsTable").queryTableView().getItems()).hasSize(1);

        robot.clickOn("#saveAgreementButton");

        TableView<AgreementSummary> table = robot.lookup("#agreementTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        AgreementSummary row = table.getItems().get(0);
        assertThat(row.partyNames()).containsExactly("Perpustakaan Universitas Padjadjaran", "Perpustakaan Pusat ITB");
        assertThat(robot.lookup("#agreementStatus").queryAs(Label.class).getText()).isEqualTo("Berlaku");
        Agreement stored = app.context.agreements().agreement(row.id()).orElseThrow();
        assertThat(stored.articles()).hasSize(3);
        assertThat(stored.obligations()).hasSize(1);
        Snapshots.save(table.getScene(), "agreement-editor");

        Path pdf = folder.resolve("pks.pdf");
        app.files.answer(pdf);
        robot.clickOn("#printAgreementButton");
        robot.clickOn("Dua bahasa");
        waitUntil(() -> app.opened.contains(pdf));
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("PERJANJIAN KERJA SAMA").contains(stored.number().text())
                    .contains("Dr. Siti Rahmawati").contains("Pasal 3");
        }
    }

    @Test
    void agreementWithOnePartyIsRefusedWithTheReasonAndNotStored(FxRobot robot) throws Exception {
        robot.clickOn("#newAgreementButton").clickOn("#newMou");
        robot.clickOn("#titleIdField").write("Nota Kesepahaman Pojok Baca");
        openTab(robot, 1);
        addParty(robot, "Perpustakaan Pusat ITB (ITB)", "Ir. Bambang Setiadi", "Kepala UPT Perpustakaan");

        robot.clickOn("#saveAgreementButton");

        Label error = robot.lookup("#partiesError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("sedikitnya dua pihak");
        assertThat(app.context.agreements().summaries()).isEmpty();
    }
}
