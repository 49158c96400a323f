package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** A date picker that reads and writes dd/MM/yyyy, the way dates are typed in Indonesia and Britain alike. */
public final class LocalizedDatePicker {
    private LocalizedDatePicker() {
    }

    public static DatePicker create(Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setPromptText(messages.get("common.date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : messages.inputDateFormat().format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), messages.inputDateFormat());
                } catch (DateTimeParseException e) {
                    // Keep the previous value rather than throwing out of the control.
                    return picker.getValue();
                }
            }
        });
        return picker;
    }
}
