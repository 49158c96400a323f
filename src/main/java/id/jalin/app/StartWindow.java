package id.jalin.app;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Styles;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The small window shown from launch until the main window: the app's name, a progress bar and a line saying what
 * is happening ("Membuka basis data…"), so a slow server or a first migration is not taken for a hang. The start-up
 * questions (password, server unreachable, demo data, forum name) open over it. The same window shows what Jalin
 * still does after its main window closed ({@link ClosingSequence}).
 */
final class StartWindow {
    private static final String START_TITLE = "start-title";
    private final Stage stage = new Stage();
    private final Label step = new Label();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button cancel = new Button();
    private final String cancelText;

    StartWindow(Messages messages) {
        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().addAll(Styles.TITLE, START_TITLE);
        Label tagline = new Label(messages.get("startup.window.tagline"));
        tagline.getStyleClass().add(Styles.MUTED);
        ImageView icon = new ImageView(icon());
        icon.setFitWidth(48);
        icon.setFitHeight(48);
        HBox heading = new HBox(14, icon, new VBox(2, name, tagline));
        heading.setAlignment(Pos.CENTER_LEFT);
        step.setId("startStep");
        step.setWrapText(true);
        step.setMaxWidth(372);
        step.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        progress.setId("startProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        cancelText = messages.get("common.button.cancel");
        cancel.setText(cancelText);
        cancel.setId("startCancel");
        // the line's text wraps; the button keeps its words whole ("Lewati cadangan")
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setVisible(false);
        HBox stepLine = new HBox(12, step, cancel);
        stepLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(step, javafx.scene.layout.Priority.ALWAYS);
        VBox root = new VBox(16, heading, progress, stepLine);
        root.setId("startWindow");
        root.setPadding(new Insets(24));
        root.setPrefWidth(420);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(StartWindow.class.getResource("/id/jalin/app/jalin.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.getIcons().add(icon());
        stage.setResizable(false);
    }

    private static Image icon() {
        return new Image(StartWindow.class.getResourceAsStream("/id/jalin/app/jalin-icon.png"));
    }

    void show() {
        stage.show();
        stage.centerOnScreen();
    }

    void close() {
        stage.close();
    }

    /** The owner for the start-up questions, so they open over this window. */
    Window window() {
        return stage;
    }

    /** Says what is happening now; callable from any thread (the database reports its steps from a worker). */
    void step(String text) {
        if (Platform.isFxApplicationThread()) {
            show(text);
        } else {
            Platform.runLater(() -> show(text));
        }
    }

    private void show(String text) {
        step.setText(text);
        step.getStyleClass().remove(Styles.FIELD_ERROR);
        progress.progressProperty().unbind();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setVisible(true);
        cancel.setVisible(false);
        cancel.setDisable(false);
        cancel.setText(cancelText);
    }

    /** Follows long work (the demo data) on the bar, with Cancel; a cancelled load stores nothing. */
    void follow(String text, Task<?> work) {
        show(text);
        if (work != null) {
            progress.progressProperty().bind(work.progressProperty());
            cancel.setOnAction(event -> work.cancel());
            cancel.setVisible(true);
        }
    }

    /**
     * Follows long work that reports on {@code done} (0 to 1), with a button that runs {@code stop}: the backup
     * when Jalin closes, whose Cancel skips it ({@link ClosingSequence}).
     */
    void follow(String text, javafx.beans.value.ObservableDoubleValue done, String stopText, Runnable stop) {
        show(text);
        progress.progressProperty().bind(done);
        cancel.setText(stopText);
        cancel.setOnAction(event -> {
            cancel.setDisable(true);
            stop.run();
        });
        cancel.setVisible(true);
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    /** Shows why start-up stopped, in words, with the bar stopped. */
    void failed(String text) {
        progress.progressProperty().unbind();
        progress.setProgress(0);
        progress.setVisible(false);
        cancel.setVisible(false);
        step.setText(text);
        if (!step.getStyleClass().contains(Styles.FIELD_ERROR)) {
            step.getStyleClass().add(Styles.FIELD_ERROR);
        }
        // A failure is often longer than a step: let the window grow to show it whole.
        stage.sizeToScene();
    }
}
