package id.jalin.kernel.ui;

import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window back where and as large as it was when it was last closed, if that is still on a screen. */
public final class WindowMemory {
    /** A window's place and size. */
    public record Bounds(double x, double y, double width, double height) {
        static Optional<Bounds> parse(String text) {
            String[] parts = text.split(",");
            if (parts.length != 4) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Bounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        String text() {
            return Math.round(x) + "," + Math.round(y) + "," + Math.round(width) + "," + Math.round(height);
        }
    }

    private final Settings settings;

    public WindowMemory(Settings settings) {
        this.settings = settings;
    }

    /** Applies the remembered bounds before the stage is shown; leaves the stage alone if none fit a screen. */
    public void restore(Stage stage) {
        remembered().filter(WindowMemory::onSomeScreen).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
        });
        stage.setMaximized(settings.getBoolean(Setting.WINDOW_MAXIMIZED));
    }

    /** Stores the stage's bounds; a maximized window keeps the bounds it had before it was maximized. */
    public void remember(Stage stage) {
        settings.putBoolean(Setting.WINDOW_MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put(Setting.WINDOW_BOUNDS,
                    new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()).text());
        }
        settings.flush();
    }

    public Optional<Bounds> remembered() {
        return Bounds.parse(settings.get(Setting.WINDOW_BOUNDS));
    }

    /** At least the title bar's corner must be on a screen, or the user could not move the window back. */
    private static boolean onSomeScreen(Bounds bounds) {
        return bounds.width() > 100 && bounds.height() > 100 && !Screen.getScreensForRectangle(
                new Rectangle2D(bounds.x(), bounds.y(), Math.min(bounds.width(), 200), 40)).isEmpty();
    }
}
