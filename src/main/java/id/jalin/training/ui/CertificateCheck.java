package id.jalin.training.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Styles;
import id.jalin.training.domain.IssuedCertificate;
import id.jalin.training.domain.TrainingService;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;

/**
 * "Check a certificate": a number typed, or scanned from the certificate's QR code (a scanner types it and Enter),
 * answered in words: genuine, to whom, for which event, in which role and when; or not issued by Jalin.
 */
final class CertificateCheck {
    private final TrainingService training;
    private final ScreenTasks tasks;
    private final TrainingWords words;
    private final Messages messages;

    CertificateCheck(TrainingService training, ScreenTasks tasks, TrainingWords words) {
        this.training = training;
        this.tasks = tasks;
        this.words = words;
        this.messages = words.messages();
    }

    /** The box: the number field with its button, and the answer under it. */
    Node node() {
        TextField number = new TextField();
        number.setId("trCheckNumber");
        number.setPromptText(messages.get("training.ui.check.prompt"));
        number.getStyleClass().add("scan-field");
        Button check = new Button(messages.get("training.ui.check.button"));
        check.setId("trCheckButton");
        check.setMinWidth(Region.USE_PREF_SIZE);
        Label headline = new Label(messages.get("training.ui.check.waiting"));
        headline.setId("trCheckHeadline");
        headline.getStyleClass().add("verdict-headline");
        Label details = new Label();
        details.setId("trCheckDetails");
        details.getStyleClass().add("verdict-details");
        for (Label label : new Label[] {headline, details}) {
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox panel = new VBox(6, headline, details);
        panel.setId("trCheckPanel");
        panel.getStyleClass().addAll("verdict-panel", "verdict-waiting");
        panel.setPadding(new Insets(12));
        Runnable run = () -> {
            String typed = number.getText();
            tasks.run(messages.get("training.ui.check.title"), progress -> training.verify(typed), found -> {
                show(panel, headline, details, typed.strip(), found);
                number.selectAll();
                number.requestFocus();
            });
        };
        number.setOnAction(event -> run.run());
        check.setOnAction(event -> run.run());
        HBox field = new HBox(8, number, check);
        field.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(number, Priority.ALWAYS);
        Label title = new Label(messages.get("training.ui.check.title"));
        title.getStyleClass().add(Styles.FORM_SECTION);
        Label hint = new Label(messages.get("training.ui.check.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, title, hint, field, panel);
        box.setId("trCheckBox");
        box.setPadding(new Insets(4, 8, 4, 8));
        return box;
    }

    private void show(VBox panel, Label headline, Label details, String typed,
                      Optional<IssuedCertificate> found) {
        panel.getStyleClass().removeAll("verdict-waiting", "verdict-ok", "verdict-refused");
        if (found.isEmpty()) {
            panel.getStyleClass().add("verdict-refused");
            headline.setText(messages.get("training.ui.check.notIssued"));
            details.setText(typed.isEmpty() ? messages.get("training.ui.check.empty")
                    : messages.get("training.ui.check.notIssuedDetails", typed));
            return;
        }
        IssuedCertificate certificate = found.get();
        panel.getStyleClass().add("verdict-ok");
        headline.setText(messages.get("training.ui.check.genuine", certificate.personName()));
        String days = certificate.endsOn() == null || certificate.endsOn().equals(certificate.startsOn())
                ? words.date(certificate.startsOn())
                : words.date(certificate.startsOn()) + " \u2013 " + words.date(certificate.endsOn());
        String title = messages.language() == id.jalin.kernel.i18n.Language.ENGLISH
                && !certificate.titleEn().isEmpty() ? certificate.titleEn() : certificate.titleId();
        details.setText(messages.get("training.ui.check.genuineDetails", certificate.number(),
                certificate.personName(), certificate.institution(),
                messages.label("training.role", certificate.role()), messages.label("training.kind",
                        certificate.kind()), title, days, words.date(certificate.issuedOn())));
    }

    /** The box in a window of its own, from the events' toolbar. */
    void showDialog() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(tasks.window());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("training.ui.check.title"));
        dialog.getDialogPane().setId("trCheckDialog");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("training.ui.check.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node box = node();
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.setOnShown(event -> Platform.runLater(() -> box.lookup("#trCheckNumber").requestFocus()));
        dialog.show();
    }
}
