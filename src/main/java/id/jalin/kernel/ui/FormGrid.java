package id.jalin.kernel.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A two-column form: a label, then the field with its error message under it. Remembers fields in form order. */
public final class FormGrid {
    private static final double MAX_LABEL_WIDTH = 190;

    private final GridPane grid = new GridPane();
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private int row;

    public FormGrid() {
        grid.setHgap(12);
        grid.setVgap(4);
        // Labels wrap rather than push the fields out of view when a label is long.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        labels.setMaxWidth(MAX_LABEL_WIDTH);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
    }

    /** Adds a row for {@code field}; its error label gets the id {@code field + "Error"}. */
    public FormGrid row(String field, String labelText, Control input) {
        Label label = label(labelText);
        label.setLabelFor(input);
        Label error = FieldErrorMarks.errorLabel(field + "Error");
        input.setMaxWidth(Double.MAX_VALUE);
        fields.put(field, input);
        errors.put(field, error);
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
        row++;
        return this;
    }

    /** A row whose input is any node, without an error of its own. */
    public FormGrid row(String labelText, Node input) {
        Label label = label(labelText);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        row++;
        return this;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(MAX_LABEL_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows the messages by field (absent means no error) and focuses the first field in error. */
    public void showErrors(Map<String, String> messages) {
        fields.forEach((field, control) -> FieldErrorMarks.show(control, errors.get(field), messages.get(field)));
        fields.keySet().stream().filter(messages::containsKey).findFirst().map(fields::get)
                .ifPresent(Control::requestFocus);
    }

    /** What the fields hold now, in form order: compared before and after to tell whether anything was typed. */
    public List<Object> values() {
        List<Object> values = new ArrayList<>();
        for (Control field : fields.values()) {
            values.add(valueOf(field));
        }
        return values;
    }

    private static Object valueOf(Control field) {
        if (field instanceof TextInputControl text) {
            return text.getText() == null ? "" : text.getText();
        }
        if (field instanceof ComboBoxBase<?> box) {
            return box.getValue();
        }
        if (field instanceof ChoiceBox<?> choice) {
            return choice.getValue();
        }
        if (field instanceof Toggle toggle) {
            return toggle.isSelected();
        }
        if (field instanceof Spinner<?> spinner) {
            return spinner.getValue();
        }
        if (field instanceof ListView<?> list) {
            return List.copyOf(list.getSelectionModel().getSelectedIndices());
        }
        return null;
    }

    public Node node() {
        return grid;
    }
}
