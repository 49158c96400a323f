package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
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
        // Errors are marked while the form is outside the dialog's scene: ControlsFX's decoration of a control that has
        // a scene wraps the scene's root, and the dialog then cannot show its pane (a second ask after a refusal).
        form.showErrors(errors);
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
        // the first field in error takes the focus once the dialog is on screen (marking it above could not)
        dialog.setOnShown(event -> errors.keySet().stream()
                .map(field -> form.node().lookup("#" + field + "Error"))
                .filter(label -> label != null && label.getParent() instanceof javafx.scene.layout.Pane)
                .findFirst().map(label -> ((javafx.scene.layout.Pane) label.getParent()).getChildren().get(0))
                .ifPresent(field -> javafx.application.Platform.runLater(field::requestFocus)));
        guardTyping(dialog, form::values, !errors.isEmpty(), messages, title, ok);
        dialog.setResultConverter(button -> button == ok ? values.get() : null);
        return dialog.showAndWait();
    }

    /**
     * Cancel, Escape or the window's close button ask before throwing typing away, and the form stays as it was if
     * the answer is no. A form shown again after a refusal holds typing that was never stored, so it always asks.
     */
    private static void guardTyping(Dialog<?> dialog, Supplier<?> typing, boolean refusedBefore, Messages messages,
                                    String title, ButtonType ok) {
        boolean[] accepted = {false};
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> accepted[0] = true);
        guard(dialog, typing, refusedBefore, messages, title, () -> accepted[0]);
    }

    /**
     * The same question for a dialog built by hand (its OK may check and stay open, or save and close it itself):
     * {@code typing} gives what the user typed, as a value equal to itself while nothing changed. The dialog closes
     * without asking once it has a result other than a cancel: OK converted to a value, or a result it set itself.
     */
    public static void guardTyping(Dialog<?> dialog, Supplier<?> typing, boolean refusedBefore, Messages messages,
                                   String title) {
        guard(dialog, typing, refusedBefore, messages, title, () -> {
            Object result = dialog.getResult();
            return result != null && !(result instanceof ButtonType button && button.getButtonData().isCancelButton());
        });
    }

    private static void guard(Dialog<?> dialog, Supplier<?> typing, boolean refusedBefore, Messages messages,
                              String title, java.util.function.BooleanSupplier accepted) {
        List<Object> shown = new ArrayList<>(1);
        dialog.setOnShown(previous(dialog.getOnShown(), () -> shown.add(typing.get())));
        dialog.setOnCloseRequest(event -> {
            boolean typed = refusedBefore || shown.isEmpty() || !shown.get(0).equals(typing.get());
            if (accepted.getAsBoolean() || !typed) {
                return;
            }
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (!new Dialogs(messages).confirm(window, title, messages.get("common.discard.text"),
                    messages.get("common.discard.confirm"))) {
                event.consume();
            }
        });
    }

    private static EventHandler<DialogEvent> previous(EventHandler<DialogEvent> before, Runnable then) {
        return event -> {
            if (before != null) {
                before.handle(event);
            }
            then.run();
        };
    }

    private static boolean formHas(FormGrid form, String field) {
        return form.node().lookup("#" + field + "Error") != null;
    }
}
