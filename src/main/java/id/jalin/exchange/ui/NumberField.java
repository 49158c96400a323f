package id.jalin.exchange.ui;

import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/** A field of digits only, so what is read back is always a number; empty reads as 0, which the rules refuse. */
final class NumberField {
    private NumberField() {
    }

    static TextField of(String id, int value) {
        TextField field = new TextField(value == 0 ? "" : String.valueOf(value));
        field.setId(id);
        field.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("[0-9]{0,5}") ? change : null));
        return field;
    }

    static int value(TextField field) {
        return field.getText().isEmpty() ? 0 : Integer.parseInt(field.getText());
    }
}
