package id.jalin.access.ui;

import id.jalin.access.domain.User;
import id.jalin.access.domain.UserDraft;
import id.jalin.access.domain.UserService;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Library;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Adds a user (login, name, role, library for member staff, first password twice) or edits one (name, role,
 * library). The dialog stays open until the service has stored the user, showing refusals by field; a save over
 * someone else's newer change is said in words and the list is read again.
 */
final class UserFormDialog {
    private final Dialog<SaveResult<User>> dialog = new Dialog<>();
    private SaveResult<User> outcome;

    /** @param editing the user as opened, or null to add one */
    UserFormDialog(UserService users, TaskExecutor executor, Messages messages, Window owner,
                   List<Library> libraries, User editing) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        String title = messages.get(editing == null ? "access.user.add.title" : "access.user.edit.title");
        dialog.setTitle(title);
        dialog.setHeaderText(editing == null ? title : messages.get("access.user.edit.heading", editing.loginName()));
        dialog.getDialogPane().setId("userForm");

        TextField login = new TextField(editing == null ? "" : editing.loginName());
        login.setId("userLogin");
        TextField name = new TextField(editing == null ? "" : editing.displayName());
        name.setId("userDisplayName");
        name.setPrefColumnCount(26);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("userRole");
        role.getItems().setAll(Role.values());
        role.setCellFactory(view -> roleCell(messages));
        role.setButtonCell(roleCell(messages));
        role.setValue(editing == null ? Role.SECRETARY : editing.role());
        ComboBox<Library> library = new ComboBox<>();
        library.setId("userLibrary");
        library.getItems().setAll(libraries);
        library.setCellFactory(view -> libraryCell());
        library.setButtonCell(libraryCell());
        if (editing != null && editing.memberLibraryId() != null) {
            libraries.stream().filter(l -> editing.memberLibraryId().equals(l.id())).findFirst()
                    .ifPresent(library::setValue);
        }
        library.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.MEMBER_STAFF));
        PasswordField password = Passwords.field("userPassword");
        PasswordField repeat = Passwords.field("userRepeat");

        FormGrid grid = new FormGrid();
        if (editing == null) {
            grid.row("login", messages.get("access.user.login"), login);
        } else {
            Label fixed = new Label(editing.loginName());
            fixed.setId("userLoginFixed");
            grid.row(messages.get("access.user.login"), fixed);
        }
        grid.row("displayName", messages.get("access.user.displayName"), name)
                .row("role", messages.get("access.user.role"), role)
                .row("library", messages.get("access.user.library"), library);
        if (editing == null) {
            grid.row("password", messages.get("access.user.password"), password)
                    .row("repeat", messages.get("access.user.repeat"), repeat);
        }
        Label formError = FieldErrorMarks.errorLabel("userFormError");
        VBox content = new VBox(10, grid.node(), formError);
        content.setPadding(new Insets(10));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("userFormSave");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Role chosenRole = role.getValue();
            Long libraryId = chosenRole == Role.MEMBER_STAFF && library.getValue() != null
                    ? library.getValue().id() : null;
            Supplier<SaveResult<User>> work;
            if (editing == null) {
                char[] typed = Passwords.take(password);
                char[] again = Passwords.take(repeat);
                UserDraft draft = new UserDraft(login.getText(), name.getText(), chosenRole, libraryId);
                work = () -> {
                    try {
                        return users.create(draft, typed, again);
                    } finally {
                        Passwords.wipe(typed, again);
                    }
                };
            } else {
                User edited = editing.withDetails(name.getText().strip(), chosenRole, libraryId);
                work = () -> users.update(edited);
            }
            saveButton.setDisable(true);
            formError.setText("");
            executor.execute(BackgroundTask.wrap(progress -> work.get())
                    .onSuccess(result -> {
                        saveButton.setDisable(false);
                        if (result instanceof SaveResult.Invalid<User> invalid) {
                            var errors = id.jalin.kernel.ui.FieldErrorTexts.byField(invalid.validation(), messages);
                            grid.showErrors(errors);
                            // The last-coordinator rule names no field this form shows when it is about "active".
                            formError.setText(errors.getOrDefault("active", ""));
                            password.clear();
                            repeat.clear();
                            dialog.getDialogPane().getScene().getWindow().sizeToScene();
                            return;
                        }
                        outcome = result;
                        dialog.setResult(result);
                        dialog.close();
                    })
                    .onFailure(failure -> {
                        saveButton.setDisable(false);
                        formError.setText(new FailureExplainer(messages).reason(failure));
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }));
        });
        dialog.setResultConverter(button -> outcome);
        // the password fields are left out: they are emptied after each refusal, and typing them again is short
        id.jalin.kernel.ui.FormDialog.guardTyping(dialog, () -> java.util.Arrays.asList(login.getText(),
                name.getText(), role.getValue(), library.getValue()), false, messages, dialog.getTitle());
        Platform.runLater(editing == null ? login::requestFocus : name::requestFocus);
    }

    private static ListCell<Role> roleCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label("access.role", item));
            }
        };
    }

    private static ListCell<Library> libraryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Library item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.code() + " \u2013 " + item.name());
            }
        };
    }

    /** Saved, or a conflict with someone else's change; empty when cancelled. */
    Optional<SaveResult<User>> showAndWait() {
        return dialog.showAndWait();
    }
}
