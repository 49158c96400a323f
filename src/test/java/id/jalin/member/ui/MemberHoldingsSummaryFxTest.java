package id.jalin.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.HoldingsSummaries;
import id.jalin.member.domain.HoldingsSummary;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
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

/** The register shows how each member's holdings were last loaded, as the union catalogue reports them. */
@ExtendWith(ApplicationExtension.class)
class MemberHoldingsSummaryFxTest {
    private TestApp app;

    @Start
    void start(Stage stage) {
        app = new TestApp();
        long unpad = saved(app.context.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Unpad"))));
        long itb = saved(app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan ITB"))));
        saved(app.context.members().save(Member.of(Libraries.library("UPI", "Perpustakaan UPI"))));
        // What the union catalogue would answer: UNPAD loaded from a file, ITB harvested, UPI nothing yet.
        HoldingsSummaries catalogue = () -> Map.of(
                unpad, new HoldingsSummary(LocalDateTime.of(2026, 12, 1, 14, 5), "SLiMS bibliography CSV",
                        "export.csv", 12_345),
                itb, new HoldingsSummary(LocalDateTime.of(2026, 11, 20, 2, 30), "OAI-PMH harvest", "", 1));
        MemberRegisterFeature feature = new MemberRegisterFeature(app.context.members(), app.context.memberImport(),
                app.context.executor(), app.context.files(), List.of(), catalogue);
        stage.setScene(new Scene((javafx.scene.Parent) feature.createView(new Messages(Language.ENGLISH)), 1100, 760));
        stage.show();
    }

    private static long saved(SaveResult<Member> result) {
        return ((SaveResult.Saved<Member>) result).value().library().id();
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
        waitUntil(() -> table(robot).getItems().size() == 3);
        robot.interact(() -> table(robot).getItems().stream().filter(l -> l.code().equals(code)).findFirst()
                .ifPresent(table(robot).getSelectionModel()::select));
        waitUntil(() -> robot.lookup("#codeField").queryAs(TextField.class).getText().equals(code));
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#holdingsSummary").queryAs(Label.class).getText();
    }

    @Test
    void theSelectedMembersLastLoadIsShownInWords(FxRobot robot) throws Exception {
        open(robot, "UNPAD");
        assertThat(summary(robot)).isEqualTo("Holdings in the union catalogue: 12,345 records, loaded 1 Dec 2026 "
                + "14:05 from SLiMS bibliography CSV (export.csv).");
        open(robot, "ITB");
        assertThat(summary(robot)).isEqualTo("Holdings in the union catalogue: 1 record, loaded 20 Nov 2026 02:30 "
                + "from OAI-PMH harvest.");
        open(robot, "UPI");
        assertThat(summary(robot)).isEqualTo("Holdings in the union catalogue: not loaded yet.");
    }

    @Test
    void theListCountsEachMembersRecordsAndSortsByThem(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        @SuppressWarnings("unchecked")
        TableColumn<Library, Integer> column = (TableColumn<Library, Integer>) table(robot).getColumns().stream()
                .filter(c -> "holdingsColumn".equals(c.getId())).findFirst().orElseThrow();
        assertThat(column.getText()).isEqualTo("Union catalogue");
        assertThat(column.isSortable()).isTrue();
        assertThat(column.isVisible()).isTrue();

        robot.interact(() -> {
            column.setSortType(TableColumn.SortType.DESCENDING);
            table(robot).getSortOrder().setAll(List.of(column));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(Library::code).containsExactly("UNPAD", "ITB", "UPI");
        assertThat(shownCells(robot)).containsExactly("12,345", "1", "");
    }

    /** The text the holdings column's cells show, top to bottom. */
    private List<String> shownCells(FxRobot robot) {
        return robot.from(table(robot)).lookup((Node n) -> n instanceof TableCell<?, ?> cell
                        && cell.getTableColumn() != null && "holdingsColumn".equals(cell.getTableColumn().getId())
                        && cell.isVisible() && cell.getIndex() >= 0 && cell.getIndex() < 3)
                .queryAllAs(TableCell.class).stream()
                .collect(java.util.stream.Collectors.toMap(TableCell::getIndex,
                        cell -> cell.getText() == null ? "" : cell.getText(), (a, b) -> a, java.util.TreeMap::new))
                .values().stream().toList();
    }
}
