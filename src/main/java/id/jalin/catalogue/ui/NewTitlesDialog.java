package id.jalin.catalogue.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** "Daftar judul baru": the period whose arrivals the list shows, and whether as a PDF or a spreadsheet. */
final class NewTitlesDialog {
    /** What the secretary asked for. */
    record Request(LocalDate from, LocalDate to, FileDialogs.FileKind kind) {
    }

    private final Messages messages;

    NewTitlesDialog(Messages messages) {
        this.messages = messages;
    }

    Optional<Request> ask(Window owner, String memberName, LocalDate today) {
        DatePicker from = LocalizedDatePicker.create(messages);
        from.setId("catalogue-new-from");
        from.setValue(today.withDayOfMonth(1));
        DatePicker to = LocalizedDatePicker.create(messages);
        to.setId("catalogue-new-to");
        to.setValue(today);
        ComboBox<FileDialogs.FileKind> kind = new ComboBox<>();
        kind.setId("catalogue-new-kind");
        kind.getItems().setAll(FileDialogs.FileKind.PDF, FileDialogs.FileKind.XLSX);
        kind.setValue(FileDialogs.FileKind.PDF);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(FileDialogs.FileKind value) {
                if (value == null) {
                    return "";
                }
                return messages.get(value == FileDialogs.FileKind.PDF ? "catalogue.new.kind.pdf"
                        : "catalogue.new.kind.xlsx");
            }

            @Override
            public FileDialogs.FileKind fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        });
        FormGrid form = new FormGrid()
                .row("from", messages.get("catalogue.new.from"), from)
                .row("to", messages.get("catalogue.new.to"), to)
                .row("kind", messages.get("catalogue.new.kind"), kind);
        Map<String, String> errors = new HashMap<>();
        while (true) {
            Optional<Request> asked = FormDialog.ask(owner, messages, "catalogueNewTitles",
                    messages.get("catalogue.new.title", memberName), messages.get("catalogue.new.make"), form, errors,
                    () -> new Request(from.getValue(), to.getValue(), kind.getValue()));
            if (asked.isEmpty()) {
                return Optional.empty();
            }
            errors = new HashMap<>();
            Request request = asked.get();
            if (request.from() == null) {
                errors.put("from", messages.get("catalogue.new.date_missing"));
            }
            if (request.to() == null) {
                errors.put("to", messages.get("catalogue.new.date_missing"));
            } else if (request.from() != null && request.to().isBefore(request.from())) {
                errors.put("to", messages.get("catalogue.new.to_before_from"));
            }
            if (errors.isEmpty()) {
                return asked;
            }
        }
    }
}
