package id.jalin.app;

import id.jalin.kernel.ui.FileOpener;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens files through the desktop (Windows, macOS, and Linux desktops AWT knows), else through xdg-open. Says false
 * when neither exists or the desktop has no program for the file, so the screen can say so in words; JavaFX's own
 * HostServices only writes that to the log.
 */
final class DesktopFileOpener implements FileOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopFileOpener.class);

    @Override
    public boolean open(Path file) {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            try {
                Desktop.getDesktop().open(file.toFile());
                return true;
            } catch (IOException | RuntimeException e) {
                LOG.warn("The desktop could not open {}", file, e);
                return false;
            }
        }
        return xdgOpen(file.toString());
    }

    @Override
    public boolean showInFolder(Path file) {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
            Desktop.getDesktop().browseFileDirectory(file.toFile());
            return true;
        }
        return FileOpener.super.showInFolder(file);
    }

    private static boolean xdgOpen(String target) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux") || !onPath("xdg-open")) {
            return false;
        }
        try {
            new ProcessBuilder("xdg-open", target).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            LOG.warn("xdg-open could not be started for {}", target, e);
            return false;
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
