package id.jalin.bench;

import id.jalin.app.JalinApp;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Starts the real Jalin headless on a fresh data folder and prints the milliseconds from JVM start until the
 * main window is showing; then exits. One run is one cold start.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("jalin-startup");
        System.setProperty("jalin.dataDir", data.toString());
        System.setProperty("java.util.prefs.userRoot", data.resolve("prefs").toString());
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                if (!isFxStarted()) {
                    continue;
                }
                Platform.runLater(() -> {
                    for (Window window : Window.getWindows()) {
                        if (window instanceof Stage stage && stage.isShowing() && stage.getScene() != null
                                && stage.getScene().getRoot() != null
                                && "mainWindow".equals(stage.getScene().getRoot().getId())) {
                            System.out.println("STARTUP_MS=" + (System.currentTimeMillis() - jvmStart));
                            System.out.flush();
                            Runtime.getRuntime().halt(0);
                        }
                    }
                });
            }
        }, "startup-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Application.launch(JalinApp.class, args);
    }

    private static boolean isFxStarted() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }
}
