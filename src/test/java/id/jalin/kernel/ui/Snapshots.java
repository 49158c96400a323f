package id.jalin.kernel.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves what a TestFX test sees as a PNG under target/screens, for a person to look at: only when asked for with
 * {@code mvn verify -Dsnapshots=true}, since drawing and encoding some hundred windows adds minutes to every run.
 */
public final class Snapshots {
    private Snapshots() {
    }

    private static final boolean WANTED = Boolean.getBoolean("jalin.snapshots");

    public static void save(Scene scene, String name) {
        if (!WANTED) {
            return;
        }
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            Path folder = Files.createDirectories(Path.of("target/screens"));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name + ".png").toFile());
        } catch (Exception e) {
            // A missing picture must not fail a behaviour test.
            System.err.println("Could not save snapshot " + name + ": " + e);
        }
    }
}
