package id.jalin.access.ui;

import javafx.scene.control.PasswordField;

/**
 * Passwords leave a field as a {@code char[]} the caller wipes after use, and the field is emptied, so the typed
 * text lives no longer than needed. (JavaFX keeps its own copy while the field shows it; that cannot be helped.)
 */
final class Passwords {
    private Passwords() {
    }

    static char[] take(PasswordField field) {
        CharSequence text = field.getCharacters();
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = text.charAt(i);
        }
        return chars;
    }

    static void wipe(char[]... arrays) {
        for (char[] array : arrays) {
            if (array != null) {
                java.util.Arrays.fill(array, '\0');
            }
        }
    }

    static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(22);
        return field;
    }
}
