package id.jalin.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.load.HoldingsLoading;
import id.jalin.catalogue.source.CsvLayout;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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
 * The union catalogue in the real main window: a coordinator loads a member's MARC file, types a title and sees at
 * once which members hold it; a file of the wrong kind is refused in words and the member's holdings stay.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogueFxTest {
    private TestApp app;
    private long itb;

    @Start
    void start(Stage stage) throws Exception {
        app = new TestApp();
        app.context.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")));
        itb = app.context.members().memberByCode("ITB").map(member -> member.library().id()).orElseGet(() ->
                ((id.jalin.kernel.validation.SaveResult.Saved<Member>) app.context.members().save(
                        Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB")))).value().library().id());
        // ITB's catalogue already holds the same two books, as MARCXML from its own system
        new HoldingsLoading(app.context.catalogue().service()).loadFile(itb, HoldingsSource.MARCXML,
                CsvLayout.DEFAULT, resource("chabon.xml"), Progress.NONE);
        app.show(stage, Language.ENGLISH);
        app.window.show("catalogue");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CatalogueFxTest.class.getResource("/id/jalin/catalogue/source/" + name).toURI());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private void loadFor(FxRobot robot, String code, Path file) throws Exception {
        robot.clickOn("#catalogue-tab-members");
        id.jalin.kernel.ui.TableCells.click(robot, robot.lookup("#catalogue-members").queryTableView(), code);
        robot.clickOn("#catalogue-load");
        app.files.answer(file);
        robot.clickOn("#catalogue-load-choose");
        robot.clickOn("#catalogueLoadFileOk");
    }

    @Test
    void aLoadedFileIsFoundAsOneTypesWithEveryMemberThatHoldsIt(FxRobot robot) throws Exception {
        loadFor(robot, "UNPAD", resource("chabon.mrc"));
        waitUntil(() -> robot.lookup("#catalogueLoadReport").tryQuery().isPresent());
        assertThat(robot.lookup("#catalogueLoadReport .label").queryAllAs(Label.class))
                .anySatisfy(label -> assertThat(label.getText()).startsWith("2 records stored, 2 of them joined"));
        robot.clickOn(robot.lookup("#catalogueLoadReport .button").queryAs(Node.class));

        robot.clickOn("#catalogue-tab-search");
        robot.clickOn("#catalogue-search").write("kavalier cl");
        TableView<IndexedWork> hits = robot.lookup("#catalogue-hits").queryTableView();
        waitUntil(() -> hits.getItems().size() == 1
                && hits.getItems().get(0).title().startsWith("The amazing adventures of Kavalier and Clay"));
        // who holds it, with copies, in the hit's own row
        waitUntil(() -> robot.from(hits).lookup((Node n) -> n instanceof TableCell<?, ?> cell
                && cell.getText() != null && cell.getText().startsWith("ITB 1")
                && cell.getText().contains(" \u00b7 UNPAD 1")).tryQuery().isPresent());

        // before a work is chosen the detail says what it is for; once chosen, the records take its place
        assertThat(robot.lookup("#catalogue-detail-none").queryAs(Label.class).getText())
                .isEqualTo("Choose a work above to see every member\u2019s record of it side by side.");
        robot.interact(() -> hits.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#catalogue-side-by-side").tryQuery()
                .map(grid -> robot.from(grid).lookup(".toggle-button").queryAll().size() == 2).orElse(false));
        assertThat(robot.lookup("#catalogue-detail-none").tryQuery()).isEmpty();

        // splitting off waits until one of the records is picked
        Button split = robot.lookup("#catalogue-split").queryAs(Button.class);
        assertThat(split.isDisabled()).isTrue();
        robot.clickOn(robot.from(robot.lookup("#catalogue-side-by-side").<Node>query()).lookup(".toggle-button")
                .queryAs(javafx.scene.control.ToggleButton.class));
        waitUntil(() -> !split.isDisabled());
    }

    @Test
    void aFileOfTheWrongKindIsRefusedInWordsAndTheHoldingsStay(FxRobot robot) throws Exception {
        loadFor(robot, "ITB", resource("chabon.xml"));
        // chabon.xml is MARCXML, the dialog's format is MARC21: refused, nothing replaced
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Label label && label.getText() != null
                && label.getText().startsWith("This file cannot be loaded")).tryQuery().isPresent());
        assertThat(app.context.catalogue().service().load(itb).orElseThrow().records()).isEqualTo(2);
    }

    @Test
    void aHarvestFromAServerThatDoesNotAnswerSaysSoInTheServersWords(FxRobot robot) throws Exception {
        // nothing listens on port 1 of this machine: the connection is refused at once
        Member unpad = app.context.members().memberByCode("UNPAD").orElseThrow();
        app.context.members().save(new Member(unpad.library().withCatalogue(new id.jalin.member.domain
                .CatalogueAddress("http://127.0.0.1:1/oai.php", id.jalin.member.domain.CatalogueServerKind.KOHA)), unpad.staff()));
        robot.interact(() -> app.window.show("catalogue"));
        robot.clickOn("#catalogue-tab-members");
        id.jalin.kernel.ui.TableCells.click(robot, robot.lookup("#catalogue-members").queryTableView(), "UNPAD");
        robot.clickOn("#catalogue-harvest");

        // the catalogue server's trouble, not "the database server cannot be reached"
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Label label && label.getText() != null
                && label.getText().contains("The catalogue server 127.0.0.1:1 cannot be reached")).tryQuery()
                .isPresent());
        assertThat(robot.lookup((Node n) -> n instanceof Label label && label.getText() != null
                && label.getText().toLowerCase(java.util.Locale.ROOT).contains("database server")).tryQuery()).isEmpty();
    }

    @Test
    void switchingTheLanguageKeepsTheSearchTyped(FxRobot robot) throws Exception {
        robot.clickOn("#catalogue-tab-search");
        robot.clickOn("#catalogue-search").write("kavalier");
        waitUntil(() -> robot.lookup("#catalogue-hits").queryTableView().getItems().size() == 1);

        robot.clickOn("View").clickOn("Language").clickOn("Bahasa Indonesia");

        waitUntil(() -> robot.lookup("#catalogue-tab-search").tryQuery().isPresent()
                && robot.lookup("#catalogue-search").queryAs(javafx.scene.control.TextField.class).getText()
                        .equals("kavalier"));
        waitUntil(() -> robot.lookup("#catalogue-hits").queryTableView().getItems().size() == 1);
    }
}
