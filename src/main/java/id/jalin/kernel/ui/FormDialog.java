package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A modal dialog around a {@link FormGrid}, showing earlier errors by field; OK gives the typed values. Errors for
 * fields the form does not show (a rule about the whole record) appear under the form, so none is lost.
 */
public final class FormDialog {
    private FormDialog() {
    }

    /**
     * Shows the form and waits.
     *
     * @param id     the dialog pane's id; the OK button gets {@code id + "Ok"}, the error line {@code id + "Error"}
     * @param errors field name to message, from an earlier attempt
     * @param values what OK gives, read from the form when it is pressed
     * @return the values, or empty when the user cancelled
     */
    public static <T> Optional<T> ask(Window owner, Messages messages, String id, String title, String okLabel,
                               FormGrid form, Map<String, String> errors, Supplier<T> values) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId(id);
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId(id + "Ok");
        VBox content = new VBox(8, form.node());
        String other = errors.entrySet().stream().filter(e -> !formHas(form, e.getKey()))
                .map(Map.Entry::getValue).reduce((a, b) -> a + "\n" + b).orElse("");
        if (!other.isEmpty()) {
            Label label = new Label(other);
            label.setId(id + "Error");
            label.setWrapText(true);
            label.getStyleClass().add(Styles.FIELD_ERROR);
            content.getChildren().add(label);
        }
        content.setPadding(new Insets(4));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        // Marked once the window is up: ControlsFX wraps the scene's root to draw its marks, and the dialog's pane must
        // still be the root when showAndWait makes it so (a dialog asked again with its fields kept failed to open).
        dialog.setOnShown(event -> javafx.application.Platform.runLater(() -> form.showErrors(errors)));
        dialog.setResultConverter(button -> button == ok ? values.get() : null);
        return dialog.showAndWait();
    }

    private static boolean formHas(FormGrid form, String field) {
        return form.node().lookup("#" + field + "Error") != null;
    }
}
