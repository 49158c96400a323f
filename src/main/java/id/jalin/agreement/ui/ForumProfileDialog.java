package id.jalin.agreement.ui;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.ForumProfile;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.Styles;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File, Forum profile: the forum's name, code, address and logo for letterheads and agreement numbers, and how
 * long before its end an agreement counts as expiring. Stored in the database, so every workstation prints alike.
 */
public final class ForumProfileDialog {
    private static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private byte[] logo;

    public ForumProfileDialog(AgreementService service, TaskExecutor executor, Messages messages, FileDialogs files,
                              Window owner, ForumProfile profile) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("forum.profile.title"));
        dialog.setHeaderText(messages.get("forum.profile.heading"));
        dialog.getDialogPane().setId("forumProfileDialog");
        logo = profile.logo();

        TextField name = field("forumName", profile.name());
        TextField code = field("forumCode", profile.code());
        TextField address = field("forumAddress", profile.address());
        TextField city = field("forumCity", profile.city());
        TextField phone = field("forumPhone", profile.phone());
        TextField email = field("forumEmail", profile.email());
        TextField website = field("forumWebsite", profile.website());
        TextField warning = field("forumWarningDays", String.valueOf(profile.expiryWarningDays()));

        ImageView preview = new ImageView();
        preview.setFitHeight(56);
        preview.setFitWidth(56);
        preview.setPreserveRatio(true);
        Label logoState = new Label();
        logoState.getStyleClass().add(Styles.MUTED);
        Runnable showLogo = () -> {
            boolean present = logo != null && logo.length > 0;
            preview.setImage(present ? new Image(new ByteArrayInputStream(logo)) : null);
            logoState.setText(messages.get(present ? "forum.profile.logo.present" : "forum.profile.logo.none"));
        };
        showLogo.run();
        Label error = FieldErrorMarks.errorLabel("forumProfileError");
        Button chooseLogo = new Button(messages.get("forum.profile.logo.choose"));
        chooseLogo.setId("chooseLogoButton");
        chooseLogo.setOnAction(event -> files.open(owner, messages.get("forum.profile.logo.choose"), FileDialogs.FileKind.IMAGE)
                .ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> Files.readAllBytes(path))
                        .onSuccess(bytes -> {
                            if (bytes.length > MAX_LOGO_BYTES || !isPngOrJpeg(bytes)) {
                                error.setText(messages.get("forum.profile.error.logo", path.getFileName()));
                            } else {
                                logo = bytes;
                                error.setText("");
                                showLogo.run();
                            }
                        }))));
        Button removeLogo = new Button(messages.get("forum.profile.logo.remove"));
        removeLogo.setOnAction(event -> {
            logo = null;
            showLogo.run();
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        // Labels keep their whole words; the fields take what is left.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        grid.addRow(row++, new Label(messages.get("forum.profile.name")), name);
        grid.addRow(row++, new Label(messages.get("forum.profile.code")), code);
        grid.addRow(row++, new Label(messages.get("forum.profile.address")), address);
        grid.addRow(row++, new Label(messages.get("forum.profile.city")), city);
        grid.addRow(row++, new Label(messages.get("forum.profile.phone")), phone);
        grid.addRow(row++, new Label(messages.get("forum.profile.email")), email);
        grid.addRow(row++, new Label(messages.get("forum.profile.website")), website);
        grid.addRow(row++, new Label(messages.get("forum.profile.logo")),
                new HBox(8, preview, new VBox(4, logoState, new HBox(6, chooseLogo, removeLogo))));
        grid.addRow(row, new Label(messages.get("forum.profile.warningDays")), warning);
        VBox content = new VBox(10, grid, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveForumProfile");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            int days;
            try {
                days = Integer.parseInt(warning.getText().strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (name.getText().isBlank() || code.getText().isBlank()) {
                error.setText(messages.get("forum.profile.error.required"));
                return;
            }
            if (days < 0 || days > 730) {
                error.setText(messages.get("forum.profile.error.warningDays"));
                return;
            }
            if (!code.getText().strip().matches("[A-Za-z0-9-]+")) {
                error.setText(messages.get("forum.profile.error.code"));
                return;
            }
            ForumProfile edited = new ForumProfile(profile.version(), name.getText(), code.getText().strip().toUpperCase(),
                    address.getText(), city.getText(), phone.getText(), email.getText(), website.getText(), logo, days);
            executor.execute(BackgroundTask.wrap(progress -> service.saveForumProfile(edited))
                    .onSuccess(saved -> {
                        dialog.setResult(save);
                        dialog.close();
                    })
                    .onFailure(failure -> error.setText(messages.get("forum.profile.error.stale"))));
        });
    }

    private static boolean isPngOrJpeg(byte[] bytes) {
        return bytes.length > 4 && ((bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8);
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(30);
        return field;
    }

    public void show() {
        dialog.show();
    }
}
