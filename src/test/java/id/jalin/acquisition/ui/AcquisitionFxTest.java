package id.jalin.acquisition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.acquisition.domain.Decision;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundFilter;
import id.jalin.acquisition.domain.RoundSort;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.app.TestApp;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.load.HoldingsLoading;
import id.jalin.catalogue.source.CsvLayout;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A joint purchase round in the real main window, from the new round to the order list: the coordinator opens a
 * round for UNPAD and UNPAR, both propose the title ITB already holds, the flags show their evidence, one line is
 * bought despite the flag and the other dropped, the round is closed and ordered, a delivery is received (more than
 * ordered is refused in words) and the order list is exported and read back.
 */
@ExtendWith(ApplicationExtension.class)
class AcquisitionFxTest {
    private static final String HELD_ISBN = "978-0-679-45004-7";
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new TestApp();
        long itb = library("ITB", "Perpustakaan Pusat ITB");
        library("UNPAD", "Perpustakaan Universitas Padjadjaran");
        library("UNPAR", "Perpustakaan Universitas Katolik Parahyangan");
        new HoldingsLoading(app.context.catalogue().service()).loadFile(itb, HoldingsSource.MARCXML,
                CsvLayout.DEFAULT, Path.of(AcquisitionFxTest.class.getResource(
                        "/id/jalin/catalogue/source/chabon.xml").toURI()), Progress.NONE);
        app.show(stage, Language.ENGLISH);
    }

    private long library(String code, String name) {
        return ((SaveResult.Saved<Member>) app.context.members().save(Member.of(Libraries.library(code, name))))
                .value().library().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** Waits for a condition on the screen's lists, asked on the FX thread that changes them. */
    private static void waitOnFx(Callable<Boolean> condition) throws Exception {
        waitUntil(() -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static boolean present(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().filter(node -> node.getScene() != null && node.isVisible()).isPresent();
    }

    private static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).query();
        robot.interact(() -> field.setText(text));
    }

    private static String text(FxRobot robot, String id) {
        return ((Label) robot.lookup(id).query()).getText();
    }

    private void click(FxRobot robot, String id) throws Exception {
        waitUntil(() -> present(robot, id) && !robot.lookup(id).query().isDisabled());
        robot.clickOn(id);
    }

    private void propose(FxRobot robot, String member, String title, int copies) throws Exception {
        click(robot, "#acqNewProposal");
        waitUntil(() -> present(robot, "#acqLine"));
        ComboBox<id.jalin.acquisition.domain.AcquisitionMember> proposer = robot.lookup("#acqProposer")
                .queryComboBox();
        robot.interact(() -> proposer.setValue(proposer.getItems().stream()
                .filter(value -> value.code().equals(member)).findFirst().orElseThrow()));
        type(robot, "#acqIsbn", HELD_ISBN);
        type(robot, "#acqTitle", title);
        type(robot, "#acqAuthor", "Michael Chabon");
        type(robot, "#acqYear", "2000");
        type(robot, "#acqVendor", "Toko Buku Ganesha");
        type(robot, "#acqPrice", "350000");
        type(robot, "#acqCopies", String.valueOf(copies));
        robot.clickOn("#acqLineOk");
    }

    private void step(FxRobot robot, String button, String reason) throws Exception {
        click(robot, button);
        waitUntil(() -> present(robot, "#acqStep"));
        if (reason != null) {
            type(robot, "#acqReason", reason);
        }
        robot.clickOn("#acqStepOk");
    }

    private void selectLine(FxRobot robot, String member) throws Exception {
        TableView<ProposalLine> lines = robot.lookup("#acqLineTable").queryTableView();
        waitOnFx(() -> lines.getItems().stream().anyMatch(line -> line.memberId() == memberId(member)));
        robot.interact(() -> lines.getSelectionModel().select(lines.getItems().stream()
                .filter(line -> line.memberId() == memberId(member)).findFirst().orElseThrow()));
    }

    private long memberId(String code) {
        return app.context.members().memberByCode(code).orElseThrow().library().id();
    }

    @Test
    void aRoundRunsFromProposalsThroughFlagsAndDecisionsToReceivingAndTheOrderList(FxRobot robot) throws Exception {
        app.open("acquisition");
        click(robot, "#acqNewRound");
        waitUntil(() -> present(robot, "#acqRound"));
        type(robot, "#acqRoundName", "Pengadaan Bersama 2027");
        type(robot, "#acqRoundBudget", "700000");
        type(robot, "#acqRoundCap", "abc");
        robot.interact(() -> {
            ((CheckBox) robot.lookup("#acqPart-UNPAD").query()).setSelected(true);
            ((CheckBox) robot.lookup("#acqPart-UNPAR").query()).setSelected(true);
        });
        Snapshots.save(robot.lookup("#acqRound").query().getScene(), "acquisition-round-dialog-en");
        robot.clickOn("#acqRoundOk");
        // an amount that is no number is refused next to its field, and nothing is stored
        waitUntil(() -> present(robot, "#capError") && !text(robot, "#capError").isEmpty());
        assertThat(text(robot, "#capError")).contains("\u201cabc\u201d is not an amount");
        assertThat(rounds()).isEmpty();
        type(robot, "#acqRoundCap", "");
        robot.clickOn("#acqRoundOk");

        waitUntil(() -> present(robot, "#acqRoundHeading")
                && text(robot, "#acqRoundHeading").equals("Pengadaan Bersama 2027  \u00b7  Open for proposals"));
        waitUntil(() -> text(robot, "#acqSpent").equals("Accepted lines: Rp 0 of the budget of Rp 700,000 (0%)."));

        robot.clickOn("#acqTabLines");
        propose(robot, "UNPAD", "The amazing adventures of Kavalier and Clay", 2);
        TableView<ProposalLine> lines = robot.lookup("#acqLineTable").queryTableView();
        waitOnFx(() -> lines.getItems().size() == 1);
        propose(robot, "UNPAR", "The amazing adventures of Kavalier & Clay", 1);
        waitOnFx(() -> lines.getItems().size() == 2);

        // UNPAD's line: ITB holds the title (its ISBN-10 met the hyphenated ISBN-13), and UNPAR asks for it too
        // (the new UNPAR line is selected once saved: wait for that before choosing UNPAD's)
        waitUntil(() -> lines.getSelectionModel().getSelectedItem() != null
                && lines.getSelectionModel().getSelectedItem().memberId() == memberId("UNPAR"));
        selectLine(robot, "UNPAD");
        waitUntil(() -> evidence(robot).stream().anyMatch(line -> line.contains("UNPAR")));
        List<String> evidence = evidence(robot);
        assertThat(evidence).anySatisfy(line -> assertThat(line).startsWith("\u26a0 Already held by a member: "
                + "ITB \u2013 Perpustakaan Pusat ITB holds 1 copy").contains("matched by ISBN 9780679450047"));
        assertThat(evidence).anySatisfy(line -> assertThat(line).startsWith("\u26a0 Also proposed in this round: "
                + "UNPAR \u2013 Perpustakaan Universitas Katolik Parahyangan asks for 1 copy"));
        Snapshots.save(stage.getScene(), "acquisition-lines-en");
        // a flagged line is not accepted plainly: only with a reason
        assertThat(robot.lookup("#acqAccept").query().isDisabled()).isTrue();
        step(robot, "#acqAcceptDespite", null);
        waitUntil(() -> present(robot, "#reasonError") && text(robot, "#reasonError").equals("Give the reason."));
        type(robot, "#acqReason", "The ITB copy is reference only; UNPAD students need loan copies.");
        robot.clickOn("#acqStepOk");
        waitUntil(() -> selected(lines) == Decision.ACCEPTED_DESPITE_FLAG);

        selectLine(robot, "UNPAR");
        step(robot, "#acqDrop", "UNPAR readers can borrow UNPAD's copies.");
        waitUntil(() -> selected(lines) == Decision.DROPPED);

        robot.clickOn("#acqTabRounds");
        waitUntil(() -> text(robot, "#acqSpent").equals("Accepted lines: Rp 700,000 of the budget of Rp 700,000 "
                + "(100%)."));
        waitUntil(() -> present(robot, "#acqWarningRound"));
        assertThat(text(robot, "#acqWarningRound")).isEqualTo("\u26a0 Approaching the round\u2019s budget: "
                + "Rp 700,000 of Rp 700,000 (100%).");
        Snapshots.save(stage.getScene(), "acquisition-rounds-en");
        // an open round offers closing and cancelling, nothing further along
        assertThat(present(robot, "#acqMove-ORDERED")).isFalse();
        step(robot, "#acqMove-CLOSED", null);
        waitUntil(() -> text(robot, "#acqRoundHeading").endsWith("Closed"));
        waitUntil(() -> present(robot, "#acqMove-OPEN"));
        step(robot, "#acqMove-ORDERED", null);
        waitUntil(() -> text(robot, "#acqRoundHeading").endsWith("Ordered"));

        robot.clickOn("#acqTabLines");
        selectLine(robot, "UNPAD");
        click(robot, "#acqReceive");
        waitUntil(() -> present(robot, "#acqReceive"));
        type(robot, "#acqReceiveCopies", "3");
        type(robot, "#acqReceiveInvoice", "INV-2026-0456");
        robot.clickOn("#acqReceiveOk");
        waitUntil(() -> present(robot, "#copiesError") && !text(robot, "#copiesError").isEmpty());
        assertThat(text(robot, "#copiesError"))
                .isEqualTo("Cannot receive more than was ordered: 2 of 2 copies still to come.");
        type(robot, "#acqReceiveCopies", "2");
        robot.clickOn("#acqReceiveOk");
        waitOnFx(() -> lines.getItems().stream().anyMatch(line -> line.receivedCopies() == 2));

        robot.clickOn("#acqTabRounds");
        Path order = Files.createTempDirectory("jalin-order").resolve("order-list.xlsx");
        app.files.answer(order);
        click(robot, "#acqOrderXlsx");
        waitUntil(() -> present(robot, "#acqLetter"));
        // the round's first order letter of the year, numbered by Jalin and not typed
        String letterNumber = id.jalin.forum.domain.LetterNumbering.format(1, "PGD", "FPPTI-JABAR", TestApp.TODAY);
        assertThat(robot.lookup("#acqLetterNumber").queryTextInputControl().getText()).isEqualTo(letterNumber);
        type(robot, "#acqLetterSignatory", "Dr. Sri Wahyuni");
        robot.clickOn("#acqLetterOk");
        waitUntil(() -> present(robot, "#writtenPath"));

        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(order))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                                : cell.toString());
                    }
                }
            }
        }
        assertThat(cells).contains(letterNumber, "The amazing adventures of Kavalier and Clay",
                "Toko Buku Ganesha", "700000.0");
        assertThat(cells).doesNotContain("The amazing adventures of Kavalier & Clay");

        PurchaseRound stored = rounds().get(0);
        assertThat(stored.status()).isEqualTo(RoundStatus.ORDERED);
        assertThat(stored.participants()).containsOnlyKeys(memberId("UNPAD"), memberId("UNPAR"));
        List<ProposalLine> storedLines = app.context.acquisition().lines(stored.id());
        assertThat(storedLines).extracting(ProposalLine::decision)
                .containsExactly(Decision.ACCEPTED_DESPITE_FLAG, Decision.DROPPED);
        assertThat(storedLines.get(0).decisionReason()).startsWith("The ITB copy is reference only");
        assertThat(storedLines.get(1).decisionReason()).isEqualTo("UNPAR readers can borrow UNPAD's copies.");
        assertThat(storedLines.get(0).receivedCopies()).isEqualTo(2);
        assertThat(app.context.acquisition().receipts(storedLines.get(0).id()))
                .singleElement().satisfies(receipt -> assertThat(receipt.invoiceNumber()).isEqualTo("INV-2026-0456"));
        // placed: the next round's check finds UNPAD's two copies in the union catalogue beside ITB's
        assertThat(app.context.catalogue().service().held(List.of(new id.jalin.catalogue.domain.TitleProbe(
                "9780679450047", "", "", null, "")))).extracting(match -> match.memberId(), match -> match.copies())
                .contains(org.assertj.core.groups.Tuple.tuple(memberId("UNPAD"), 2));
        assertThat(app.unhandledFailures).isEmpty();
    }

    /** The decision on the line the screen shows as chosen, once it has read the lines again. */
    private static Decision selected(TableView<ProposalLine> lines) {
        ProposalLine line = lines.getSelectionModel().getSelectedItem();
        return line == null ? null : line.decision();
    }

    private static List<String> evidence(FxRobot robot) {
        List<String> shown = new ArrayList<>();
        robot.lookup("#acqFlags").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .forEach(node -> shown.add(((Label) node).getText()));
        return shown;
    }

    private List<PurchaseRound> rounds() {
        return app.context.acquisition().rounds(RoundFilter.all(), new PageRequest<>(0, 50, RoundSort.NAME,
                SortDirection.ASCENDING, "")).rows();
    }
}
