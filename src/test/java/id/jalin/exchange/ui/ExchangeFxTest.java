package id.jalin.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.exchange.domain.ExchangeRatio;
import id.jalin.exchange.domain.ExchangeUnit;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PartnershipStanding;
import id.jalin.exchange.domain.PeriodKind;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 3:1 exchange of issues between UNPAD and ITB in the real main window: a shipment is recorded (a missing title is
 * refused next to its field first), the balance in words changes to a fraction of an issue owed; the entry is
 * reversed with its reason and the balance comes back to even.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeFxTest {
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        long unpad = saved(app.context.members().save(Member.of(Libraries.library("UNPAD",
                "UPT Perpustakaan Universitas Padjadjaran")))).library().id();
        long itb = saved(app.context.members().save(Member.of(Libraries.library("ITB",
                "Perpustakaan Pusat Institut Teknologi Bandung")))).library().id();
        saved(app.context.exchange().savePartnership(new Partnership(null, unpad, itb, new ExchangeRatio(3, 1),
                ExchangeUnit.ISSUE, PeriodKind.CALENDAR_YEAR, true, TestApp.TODAY.getYear() - 1, null, "", 0)));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static <T> T saved(SaveResult<T> result) {
        return ((SaveResult.Saved<T>) result).value();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private void openLedger(FxRobot robot, Language language) throws Exception {
        robot.interact(() -> app.show(stage, language));
        app.open("exchange");
        TableView<PartnershipStanding> overview = robot.lookup("#exchangeOverview").queryTableView();
        waitUntil(() -> overview.getItems().size() == 1);
        // the screen opens on the first partnership's ledger without being asked
        waitUntil(() -> overview.getSelectionModel().getSelectedIndex() == 0);
        TableView<?> years = robot.lookup("#exchangeYears").queryTableView();
        waitUntil(() -> years.getItems().size() == 2);
    }

    /** The field of the dialog on screen (a closed dialog's nodes may still be found). */
    private static TextField shown(FxRobot robot, String id) {
        return robot.lookup(id).match(node -> node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing()).queryAs(TextField.class);
    }

    private static String balance(FxRobot robot) {
        return robot.lookup("#exchangeBalance").queryAs(Label.class).getText();
    }

    @Test
    void aShipmentChangesTheBalanceInWordsAndItsReversalBringsItBack(FxRobot robot) throws Exception {
        openLedger(robot, Language.ENGLISH);
        assertThat(balance(robot)).isEqualTo("UNPAD and ITB are even: neither owes anything.");

        robot.clickOn("#exchangeRecord");
        waitUntil(() -> robot.lookup("#exchangeEntryOk").tryQuery().isPresent());
        robot.clickOn("#exchangeEntryOk");
        waitUntil(() -> robot.lookup("#titleError").tryQuery().map(node -> ((Label) node).getText())
                .filter(text -> text.contains("title is required")).isPresent());
        waitUntil(() -> shown(robot, "#entryTitle").getScene().getFocusOwner() == shown(robot, "#entryTitle"));
        robot.interact(() -> {
            shown(robot, "#entryTitle").setText("Buletin Perpustakaan");
            shown(robot, "#entryVolume").setText("No. 1-7");
            shown(robot, "#entryUnits").setText("7");
            shown(robot, "#entryShipment").setText("TIKI 88-1340");
        });
        robot.clickOn(robot.lookup("#exchangeEntryOk").match(node -> node.getScene().getWindow().isShowing())
                .queryButton());

        // seven issues of UNPAD's at 3:1 are worth 2 1/3 of ITB's
        waitUntil(() -> balance(robot).equals("ITB still owes UNPAD 2 1/3 issues."));
        TableView<LedgerEntry> entries = robot.lookup("#exchangeEntries").queryTableView();
        waitUntil(() -> entries.getItems().size() == 1);
        assertThat(entries.getItems().get(0).shipment()).isEqualTo("TIKI 88-1340");
        Snapshots.save(stage.getScene(), "exchange-recorded-en");

        robot.interact(() -> entries.getSelectionModel().select(0));
        robot.clickOn("#exchangeReverse");
        waitUntil(() -> robot.lookup("#exchangeReverseOk").tryQuery().isPresent());
        robot.clickOn("#reverseReason").write("Salah mitra");
        robot.clickOn("#exchangeReverseOk");

        waitUntil(() -> balance(robot).equals("UNPAD and ITB are even: neither owes anything."));
        waitUntil(() -> entries.getItems().size() == 2);
        assertThat(entries.getItems()).filteredOn(LedgerEntry::reversal).singleElement()
                .satisfies(reversal -> assertThat(reversal.note()).isEqualTo("Salah mitra"));
        assertThat(app.context.exchange().overview().get(0).owing()).isEmpty();
        assertThat(app.unhandledFailures).isEmpty();
    }

    @Test
    void aShipmentInAClosedYearIsRefusedNextToTheDateAndTheStatementAndOverviewAreWritten(FxRobot robot)
            throws Exception {
        long id = app.context.exchange().partnerships().get(0).id();
        saved(app.context.exchange().closeYear(id, TestApp.TODAY.getYear() - 1));
        openLedger(robot, Language.INDONESIAN);
        robot.clickOn("#exchangeRecord");
        waitUntil(() -> robot.lookup("#exchangeEntryOk").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#entryDate").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(TestApp.TODAY.getYear() - 1, 6, 1));
            shown(robot, "#entryTitle").setText("Jurnal Teknik Sipil");
        });
        robot.clickOn("#exchangeEntryOk");
        String lastYear = String.valueOf(TestApp.TODAY.getYear() - 1);
        waitUntil(() -> robot.lookup("#dateError").match(node -> node.getScene().getWindow().isShowing())
                .tryQuery().map(node -> ((Label) node).getText()).filter(text -> text.contains(lastYear)
                        && text.contains("ditutup")).isPresent());
        robot.clickOn(robot.lookup(".button").match(node -> node instanceof javafx.scene.control.Button button
                && button.isCancelButton() && node.getScene().getWindow().isShowing()).queryButton());
        // the refused typing is not thrown away unasked
        waitUntil(() -> robot.lookup("Buang").tryQuery().isPresent());
        robot.clickOn("Buang");
        waitUntil(() -> robot.lookup("#exchangeEntryOk").tryQuery().isEmpty());
        assertThat(app.context.exchange().entries(id)).isEmpty();

        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("pernyataan", ".pdf");
        app.files.answer(pdf);
        robot.clickOn("#exchangePrint");
        waitUntil(() -> app.opened.contains(pdf));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("PERNYATAAN PERTUKARAN TERBITAN " + TestApp.TODAY.getYear())
                    .contains("UPT Perpustakaan Universitas Padjadjaran dan Perpustakaan Pusat Institut Teknologi "
                            + "Bandung seimbang");
        }
        java.nio.file.Path xlsx = java.nio.file.Files.createTempFile("ikhtisar", ".xlsx");
        app.files.answer(xlsx);
        robot.clickOn("#exchangeExport");
        waitUntil(() -> app.opened.contains(xlsx));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("UNPAD");
        }
        java.nio.file.Files.deleteIfExists(pdf);
        java.nio.file.Files.deleteIfExists(xlsx);
    }

    @Test
    void aMembersStaffReadTheBalanceAsWe(FxRobot robot) throws Exception {
        long itb = app.context.members().memberByCode("ITB").orElseThrow().library().id();
        long unpad = app.context.members().memberByCode("UNPAD").orElseThrow().library().id();
        Partnership partnership = app.context.exchange().partnerships().get(0);
        saved(app.context.exchange().record(new LedgerEntry(null, partnership.id(), TestApp.TODAY,
                id.jalin.exchange.domain.Direction.sending(partnership, unpad), "Buletin Perpustakaan",
                id.jalin.exchange.domain.PublicationKind.JOURNAL, "No. 1", 1, 1, "", "", null)));
        app.signInAs(id.jalin.kernel.access.TestActors.staffOf(itb));
        openLedger(robot, Language.INDONESIAN);

        assertThat(balance(robot)).isEqualTo("Kita masih berutang 1/3 nomor terbitan kepada UNPAD.");
        TableView<LedgerEntry> entries = robot.lookup("#exchangeEntries").queryTableView();
        waitUntil(() -> entries.getItems().size() == 1);
        assertThat(robot.lookup("#exchangeCloseYear").query().isVisible()).as("closing a year is the forum's")
                .isFalse();
        Snapshots.save(stage.getScene(), "exchange-member-id");
    }
}
