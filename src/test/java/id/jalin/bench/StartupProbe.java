package id.jalin.bench;

import id.jalin.app.JalinApp;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.settings.DataFolder;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Starts the real Jalin headless on a fresh data folder and prints the milliseconds from JVM start until the
 * start window shows ({@code START_WINDOW_MS}) and until the main window is showing ({@code STARTUP_MS}); then
 * exits. One run is one cold start. A fresh database asks for the first coordinator and the forum's name before the
 * main window: the probe answers at once (and has the demo data already declined), so the figure is the app's time,
 * not a person's; it includes hashing the coordinator's password once (Argon2id, decision 0014).
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("jalin-startup");
        System.setProperty("jalin.dataDir", data.toString());
        System.setProperty("java.util.prefs.userRoot", data.resolve("prefs").toString());
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Settings settings = Settings.forUser();
        settings.put(Setting.DEMO_DATA_OFFERED, ConnectionSettings.embedded(DataFolder.defaultDatabaseFile()).jdbcUrl());
        settings.flush();
        AtomicBoolean startWindowSeen = new AtomicBoolean();
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
                    for (Window window : java.util.List.copyOf(Window.getWindows())) {
                        if (!window.isShowing() || window.getScene() == null || window.getScene().getRoot() == null) {
                            continue;
                        }
                        String root = window.getScene().getRoot().getId();
                        if ("startWindow".equals(root) && startWindowSeen.compareAndSet(false, true)) {
                            System.out.println("START_WINDOW_MS=" + (System.currentTimeMillis() - jvmStart));
                        }
                        if ("firstCoordinatorDialog".equals(root) && window.getScene().lookup("#firstDisplayName")
                                instanceof TextField name && name.getText().isEmpty()) {
                            name.setText("Koordinator Uji");
                            ((TextField) window.getScene().lookup("#firstLogin")).setText("uji");
                            ((TextField) window.getScene().lookup("#firstPassword")).setText("sandi-uji-waktu");
                            ((TextField) window.getScene().lookup("#firstRepeat")).setText("sandi-uji-waktu");
                            ((Button) window.getScene().lookup("#firstCoordinatorCreate")).fire();
                        }
                        if ("forumNameDialog".equals(root) && window.getScene().lookup("#firstForumName")
                                instanceof TextField name && name.getText().isEmpty()) {
                            name.setText("Forum Uji Waktu Mulai");
                            ((Button) window.getScene().lookup("#saveForumName")).fire();
                        }
                        if (window instanceof Stage && "mainWindow".equals(root)) {
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
