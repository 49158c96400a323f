package id.jalin.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.kernel.i18n.Language;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

/** A member's catalogue address typed in the register's form, in the real main window. */
@ExtendWith(ApplicationExtension.class)
class MemberCatalogueAddressFxTest {
    private TestApp app;

    @Start
    void start(Stage stage) {
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

    private void open(FxRobot robot, String code) throws Exception {
        id.jalin.kernel.ui.TableCells.click(robot, table(robot), code);
        waitUntil(() -> robot.lookup("#codeField").queryAs(TextField.class).getText().equals(code));
    }

    /** Scrolls the form until the catalogue section is in view, as the coordinator would. */
    private void scrollToCatalogue(FxRobot robot) {
        ScrollPane form = robot.lookup("#memberForm .scroll-pane").queryAs(ScrollPane.class);
        Node section = robot.lookup("#catalogueSection").query();
        robot.interact(() -> {
            double y = form.getContent().sceneToLocal(section.localToScene(0, 0)).getY();
            double room = form.getContent().getBoundsInLocal().getHeight() - form.getViewportBounds().getHeight();
            form.setVvalue(Math.min(1, Math.max(0, y / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseKind(FxRobot robot, String label) {
        robot.clickOn("#catalogueKindChoice");
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                && label.equals(cell.getText())).queryAs(Node.class));
    }

    @Test
    void anAddressAndKindTypedInTheFormAreStoredAndShownWhenTheMemberIsOpenedAgain(FxRobot robot) throws Exception {
        open(robot, "UNPAD");
        scrollToCatalogue(robot);
        assertThat(robot.lookup("#holdingsSummary").queryAs(Label.class).getText())
                .isEqualTo("Koleksi di katalog induk: belum dimuat.");

        robot.clickOn("#catalogueUrlField").write("https://lib.unpad.ac.id/cgi-bin/koha/oai.pl");
        chooseKind(robot, "Koha (OAI-PMH)");
        robot.clickOn("#saveButton");

        waitUntil(() -> app.context.members().memberByCode("UNPAD").orElseThrow().library().catalogue().isSet());
        assertThat(app.context.members().memberByCode("UNPAD").orElseThrow().library().catalogue()).isEqualTo(
                new CatalogueAddress("https://lib.unpad.ac.id/cgi-bin/koha/oai.pl", CatalogueServerKind.KOHA));

        open(robot, "ITB");
        assertThat(robot.lookup("#catalogueUrlField").queryAs(TextField.class).getText()).isEmpty();
        open(robot, "UNPAD");
        assertThat(robot.lookup("#catalogueUrlField").queryAs(TextField.class).getText())
                .isEqualTo("https://lib.unpad.ac.id/cgi-bin/koha/oai.pl");
        ComboBox<?> kind = robot.lookup("#catalogueKindChoice").queryComboBox();
        assertThat(kind.getValue()).isEqualTo(CatalogueServerKind.KOHA);
        assertThat(robot.from(kind).lookup(".list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .isEqualTo("Koha (OAI-PMH)");
    }

    @Test
    void withoutAnyHoldingsLoadedTheRegisterHasNoUnionCatalogueColumn(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getColumns()).filteredOn(column -> "holdingsColumn".equals(column.getId()))
                .singleElement().satisfies(column -> assertThat(column.isVisible()).isFalse());
    }

    @Test
    void anAddressAHarvestCannotCallIsExplainedNextToTheFieldAndNothingIsStored(FxRobot robot) throws Exception {
        open(robot, "ITB");
        scrollToCatalogue(robot);
        robot.clickOn("#catalogueUrlField").write("ftp://perpus.itb.ac.id/slims/");
        chooseKind(robot, "SLiMS (OAI-PMH dan MODS)");
        robot.clickOn("#saveButton");

        Label error = robot.lookup("#catalogueUrlError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("\u201cftp://perpus.itb.ac.id/slims/\u201d bukan alamat yang dapat "
                + "dipanen: tulis lengkap, diawali http:// atau https://.");
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#catalogueKindError").queryAs(Label.class).getText()).isEmpty();
        assertThat(app.context.members().memberByCode("ITB").orElseThrow().library().catalogue())
                .isEqualTo(CatalogueAddress.NONE);
    }

    @Test
    void aKindWithoutAnAddressIsRefusedAtTheAddress(FxRobot robot) throws Exception {
        open(robot, "ITB");
        scrollToCatalogue(robot);
        chooseKind(robot, "Repositori DSpace (OAI-PMH)");
        robot.clickOn("#saveButton");

        Label error = robot.lookup("#catalogueUrlError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("Isi alamat server katalog, atau kosongkan jenisnya.");
        assertThat(app.context.members().memberByCode("ITB").orElseThrow().library().catalogue())
                .isEqualTo(CatalogueAddress.NONE);
    }

    @Test
    void everyServerKindShowsWholeInTheChoiceInBothLanguages(FxRobot robot) throws Exception {
        for (String language : List.of("id", "en")) {
            if (language.equals("en")) {
                robot.clickOn("Tampilan").clickOn("Bahasa").clickOn("English");
                waitUntil(() -> robot.lookup("#addButton").queryButton().getText().equals("Add member"));
            }
            open(robot, "UNPAD");
            scrollToCatalogue(robot);
            @SuppressWarnings("unchecked")
            ComboBox<CatalogueServerKind> kind = robot.lookup("#catalogueKindChoice").queryComboBox();
            for (CatalogueServerKind each : CatalogueServerKind.values()) {
                robot.interact(() -> kind.setValue(each));
                WaitForAsyncUtils.waitForFxEvents();
                javafx.scene.control.ListCell<?> shown = (javafx.scene.control.ListCell<?>)
                        ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) kind.getSkin()).getDisplayNode();
                String drawn = shown.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                        .map(text -> ((javafx.scene.text.Text) text).getText()).findFirst().orElse("");
                assertThat(drawn).as(language + " " + each).isEqualTo(shown.getText()).isNotBlank();
            }
            // Back to no kind, so that leaving the member does not ask about unsaved typing.
            robot.interact(() -> kind.setValue(null));
        }
    }
}
