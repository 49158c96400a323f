package id.jalin.kernel.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Shows a field's error twice: ControlsFX's mark on the control (a red border), and the message in a label under it,
 * so the reason is readable without hovering.
 */
public final class FieldErrorMarks {
    // Marks the control by style class (red border) rather than with an icon, which would cover the message below.
    private static final StyleClassValidationDecoration DECORATION = new StyleClassValidationDecoration();

    private FieldErrorMarks() {
    }

    /** A label for a field's error, hidden while empty. */
    public static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.FIELD_ERROR);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    public static void show(Control control, Label label, String message) {
        DECORATION.removeDecorations(control);
        if (message == null || message.isEmpty()) {
            label.setText("");
            control.getStyleClass().remove(Styles.INVALID);
        } else {
            label.setText(message);
            if (!control.getStyleClass().contains(Styles.INVALID)) {
                control.getStyleClass().add(Styles.INVALID);
            }
            if (control.getScene() != null) {
                DECORATION.applyValidationDecoration(ValidationMessage.error(control, message));
            }
        }
    }
}
