package id.jalin.kernel.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Screen tests' way to pick a row: wait until a cell shows the text (the list loads in the background), click it. */
public final class TableCells {
    private TableCells() {
    }

    public static void click(FxRobot robot, TableView<?> table, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(table).lookup((Node n) ->
                n instanceof TableCell<?, ?> cell && text.equals(cell.getText())).tryQuery().isPresent());
        robot.clickOn(robot.from(table).lookup((Node n) -> n instanceof TableCell<?, ?> cell
                && text.equals(cell.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
