package id.jalin.forum.ui;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.forum.domain.Signatory;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FailureReason;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FileDialogs;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File, Forum profile: the forum's name, code, address and logo for letterheads and agreement numbers, and how
 * long before its end an agreement counts as expiring. Stored in the database, so every workstation prints alike.
 */
public final class ForumProfileDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ForumProfileDialog(ForumProfileService service, TaskExecutor executor, Messages messages, FileDialogs files,
                              Window owner, ForumProfile profile) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("forum.profile.title"));
        dialog.setHeaderText(messages.get("forum.profile.heading"));
        dialog.getDialogPane().setId("forumProfileDialog");

        TextField name = field("forumName", profile.name());
        TextField code = field("forumCode", profile.code());
        TextField address = field("forumAddress", profile.address());
        TextField city = field("forumCity", profile.city());
        TextField phone = field("forumPhone", profile.phone());
        TextField email = field("forumEmail", profile.email());
        TextField website = field("forumWebsite", profile.website());
        TextField warning = field("forumWarningDays", String.valueOf(profile.expiryWarningDays()));

        Label error = FieldErrorMarks.errorLabel("forumProfileError");
        ImagePick logo = new ImagePick("logo", profile.logo(), 56, messages, executor, files, owner, error::setText,
                "forum.profile.logo.choose", "forum.profile.logo.remove", "forum.profile.logo.present",
                "forum.profile.logo.none", "forum.profile.error.logo");
        TextField signatoryName = field("forumSignatoryName", profile.signatoryName());
        TextField signatoryPosition = field("forumSignatoryPosition", profile.signatoryPosition());
        ImagePick signature = new ImagePick("signature", profile.signature(), 140, messages, executor, files, owner,
                error::setText, "forum.profile.signature.choose", "forum.profile.signature.remove",
                "forum.profile.signature.present", "forum.profile.signature.none", "forum.profile.error.logo");

        FormGrid grid = new FormGrid()
                .row("name", messages.get("forum.profile.name"), name)
                .row("code", messages.get("forum.profile.code"), code)
                .row("address", messages.get("forum.profile.address"), address)
                .row("city", messages.get("forum.profile.city"), city)
                .row("phone", messages.get("forum.profile.phone"), phone)
                .row("email", messages.get("forum.profile.email"), email)
                .row("website", messages.get("forum.profile.website"), website)
                .row(messages.get("forum.profile.logo"), logo.node())
                .row("warningDays", messages.get("forum.profile.warningDays"), warning)
                .row("signatoryName", messages.get("forum.profile.signatoryName"), signatoryName)
                .row("signatoryPosition", messages.get("forum.profile.signatoryPosition"), signatoryPosition)
                .row(messages.get("forum.profile.signature"), signature.node());
        VBox content = new VBox(10, grid.node(), error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveForumProfile");
        id.jalin.kernel.ui.FormDialog.guardTyping(dialog, () -> java.util.Arrays.asList(grid.values(), logo.image(),
                signature.image()), false, messages, dialog.getTitle());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            int days;
            try {
                days = Integer.parseInt(warning.getText().strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            ForumProfile edited = new ForumProfile(profile.version(), name.getText(), code.getText(),
                    address.getText(), city.getText(), phone.getText(), email.getText(), website.getText(), logo.image(), days,
                    new Signatory(signatoryName.getText(), signatoryPosition.getText(), signature.image()));
            error.setText("");
            executor.execute(BackgroundTask.wrap(progress -> service.save(edited)).titled(messages.get("forum.task.save"))
                    .onSuccess(outcome -> {
                        if (outcome instanceof SaveResult.Invalid<ForumProfile> invalid) {
                            grid.showErrors(id.jalin.kernel.ui.FieldErrorTexts.byField(invalid.validation(), messages));
                            return;
                        }
                        dialog.setResult(save);
                        dialog.close();
                    })
                    // Shown in the dialog, which stays open with the typing; only a true conflict says "stale".
                    .onFailure(failure -> error.setText(
                            FailureReason.of(failure) == FailureReason.RECORD_CHANGED
                                    ? messages.get("forum.profile.error.stale")
                                    : new FailureExplainer(messages).reason(failure))));
        });
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
