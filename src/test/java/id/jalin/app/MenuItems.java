package id.jalin.app;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Chooses an item of the main window's menu bar, as a person would, and waits for the dialog it opens. */
public final class MenuItems {
    private MenuItems() {
    }

    public static void open(FxRobot robot, String menuItemId, String dialogId) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(candidate -> menuItemId.equals(candidate.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + dialogId).tryQuery().isPresent());
    }
}
