package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.time.LocalDate;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controls bound both ways to a view model's property, with an id for tests. */
public final class BoundControls {
    private final Messages messages;

    public BoundControls(Messages messages) {
        this.messages = messages;
    }

    public TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public TextArea area(String id, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    public DatePicker date(String id, Property<LocalDate> property) {
        DatePicker picker = LocalizedDatePicker.create(messages);
        picker.setId(id);
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    /** A choice of enum constants labelled from the bundle keys {@code labelPrefix.constant_name}. */
    public <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, String labelPrefix, Property<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(enumConverter(labelPrefix, null));
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A filter choice: "all" (null) first, then the constants. */
    public <E extends Enum<E>> ComboBox<E> filter(String id, E[] values, String labelPrefix, String allLabel,
                                                  Property<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(enumConverter(labelPrefix, allLabel));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private <E extends Enum<E>> StringConverter<E> enumConverter(String labelPrefix, String nullLabel) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? (nullLabel == null ? "" : nullLabel) : messages.label(labelPrefix, value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }
}
