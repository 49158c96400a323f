package id.jalin.loan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.load.HoldingsLoading;
import id.jalin.catalogue.source.CsvLayout;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.MemberLoanFigures;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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

/**
 * An interlibrary loan in the real main window, from the union catalogue to the figures: a coordinator finds a work
 * ITB holds, asks it for an UNPAD student, and moves the loan through shipped, received, shipped back and checked
 * in; a step that makes no sense is refused in words.
 */
@ExtendWith(ApplicationExtension.class)
class LoanFxTest {
    private TestApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = new TestApp();
        app.context.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")));
        long itb = app.context.members().memberByCode("ITB").map(member -> member.library().id()).orElseGet(() ->
                ((SaveResult.Saved<Member>) app.context.members().save(
                        Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB")))).value().library().id());
        new HoldingsLoading(app.context.catalogue().service()).loadFile(itb, HoldingsSource.MARCXML,
                CsvLayout.DEFAULT, Path.of(LoanFxTest.class.getResource("/id/jalin/catalogue/source/chabon.xml")
                        .toURI()), Progress.NONE);
        app.show(stage, Language.ENGLISH);
        app.window.show("catalogue");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static boolean shows(FxRobot robot, String start) {
        return robot.lookup((Node n) -> n instanceof Label label && label.getText() != null
                && label.getText().startsWith(start)).tryQuery().isPresent();
    }

    private void step(FxRobot robot, String action) throws Exception {
        waitUntil(() -> robot.lookup("#loanStep-" + action).tryQuery().filter(node -> node.getScene() != null)
                .isPresent());
        robot.clickOn(robot.lookup("#loanStep-" + action).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#loanStepOk").tryQuery().isPresent());
        robot.clickOn("#loanStepOk");
    }

    @Test
    void aWorkFoundInTheCatalogueIsLentFromRequestToCheckInAndCounted(FxRobot robot) throws Exception {
        robot.clickOn("#catalogue-search").write("kavalier cl");
        TableView<IndexedWork> hits = robot.lookup("#catalogue-hits").queryTableView();
        waitUntil(() -> hits.getItems().size() == 1);
        robot.interact(() -> hits.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#catalogue-ask-loan").query().isDisabled());
        robot.clickOn("#catalogue-ask-loan");

        waitUntil(() -> robot.lookup("#loanNew").tryQuery().isPresent());
        ComboBox<LoanMember> borrower = robot.lookup("#loanBorrower").queryComboBox();
        robot.interact(() -> borrower.getSelectionModel().select(borrower.getItems().stream()
                .filter(member -> member.code().equals("UNPAD")).findFirst().orElseThrow()));
        TableView<?> rota = robot.lookup("#loanRota").queryTableView();
        waitUntil(() -> rota.getItems().size() == 1);
        robot.clickOn("#loanPatronName").write("Rina Wulandari");
        robot.clickOn("#loanPatronId").write("140110200001");
        robot.clickOn("#loanNewOk");

        waitUntil(() -> shows(robot, "PAP-2026-000001  \u00b7  Requested"));
        step(robot, "SHIP");
        waitUntil(() -> shows(robot, "PAP-2026-000001  \u00b7  Shipped"));
        // the item cannot go back before UNPAD has it: the lender's steps are offered, the return is not
        assertThat(robot.lookup("#loanStep-SHIP_BACK").tryQuery()).isEmpty();
        step(robot, "RECEIVE");
        waitUntil(() -> shows(robot, "PAP-2026-000001  \u00b7  Received"));
        step(robot, "SHIP_BACK");
        waitUntil(() -> shows(robot, "PAP-2026-000001  \u00b7  Shipped back"));
        step(robot, "CHECK_IN");
        waitUntil(() -> shows(robot, "PAP-2026-000001  \u00b7  Checked in"));

        // the slip's barcode scanned at the desk (a keyboard wedge types the number and Enter) opens the request
        robot.interact(() -> app.window.show("home"));
        robot.interact(() -> app.window.show("loan"));
        waitUntil(() -> robot.lookup("#loanSearch").tryQuery().isPresent());
        robot.clickOn("#loanSearch").write("PAP-2026-000001").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> shows(robot, "PAP-2026-000001  \u00b7  Checked in"));

        LoanRequest stored = app.context.loans().findByNumber("PAP-2026-000001").orElseThrow();
        assertThat(stored.state()).isEqualTo(LoanState.CHECKED_IN);
        assertThat(stored.patron().name()).isEqualTo("Rina Wulandari");
        assertThat(stored.item().title()).startsWith("The amazing adventures of Kavalier and Clay");
        assertThat(app.context.loans().history(stored.id())).hasSize(5);

        robot.clickOn("#loanTabFigures");
        TableView<MemberLoanFigures> figures = robot.lookup("#loanFigures").queryTableView();
        waitUntil(() -> figures.getItems().size() == 2);
        assertThat(figures.getItems()).anySatisfy(figure -> {
            assertThat(figure.borrowed()).isEqualTo(1);
            assertThat(figure.borrowedFilled()).isEqualTo(1);
        });
        assertThat(figures.getItems()).anySatisfy(figure -> {
            assertThat(figure.lent()).isEqualTo(1);
            assertThat(figure.lentFilled()).isEqualTo(1);
        });
    }

    @Test
    void aRequestWithoutItsUserIsRefusedNextToTheFieldAndNothingIsStored(FxRobot robot) throws Exception {
        robot.interact(() -> app.window.show("loan"));
        waitUntil(() -> robot.lookup("#loanNewRequest").tryQuery().isPresent());
        robot.clickOn("#loanNewRequest");
        waitUntil(() -> robot.lookup("#loanNew").tryQuery().isPresent());
        robot.clickOn("#loanTitle").write("Prosiding Seminar Nasional 2025");
        robot.clickOn("#loanNewOk");

        waitUntil(() -> robot.lookup("#patronNameError").tryQuery().map(node -> ((Label) node).getText())
                .filter(text -> text.equals("Enter the user\u2019s name.")).isPresent());
        assertThat(app.context.loans().findByNumber("PAP-2026-000001")).isEmpty();

        // the refused request's typing is not thrown away without asking
        id.jalin.kernel.ui.DialogAnswers.cancelAndDiscard(robot, "#loanNew");
        assertThat(app.context.loans().findByNumber("PAP-2026-000001")).isEmpty();
    }
}
