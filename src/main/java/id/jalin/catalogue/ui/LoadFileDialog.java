package id.jalin.catalogue.ui;

import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.source.CsvLayout;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Muat koleksi dari berkas": which format the member's system wrote, for SLiMS's CSV the separator and enclosure
 * the librarian chose when exporting, and the file. Asks again, with the reason beside the field, until it is right.
 */
final class LoadFileDialog {
    static final List<HoldingsSource> FILE_FORMATS = List.of(HoldingsSource.MARC21, HoldingsSource.MARCXML,
            HoldingsSource.SLIMS_CSV, HoldingsSource.JALIN_CSV);

    /** What the coordinator asked to load. */
    record Request(HoldingsSource format, CsvLayout layout, Path file) {
    }

    private final Messages messages;
    private final FileDialogs files;

    LoadFileDialog(Messages messages, FileDialogs files) {
        this.messages = messages;
        this.files = files;
    }

    Optional<Request> ask(Window owner, String memberName) {
        ComboBox<HoldingsSource> format = new ComboBox<>();
        format.setId("catalogue-load-format");
        format.getItems().setAll(FILE_FORMATS);
        format.setValue(HoldingsSource.MARC21);
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(HoldingsSource source) {
                return source == null ? "" : messages.label("catalogue.source", source);
            }

            @Override
            public HoldingsSource fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        });
        TextField separator = new TextField(CsvLayout.DEFAULT.separator());
        separator.setId("catalogue-load-separator");
        separator.setPrefColumnCount(4);
        TextField enclosure = new TextField(String.valueOf(CsvLayout.DEFAULT.enclosure()));
        enclosure.setId("catalogue-load-enclosure");
        enclosure.setPrefColumnCount(4);
        separator.disableProperty().bind(format.valueProperty().isNotEqualTo(HoldingsSource.SLIMS_CSV));
        enclosure.disableProperty().bind(format.valueProperty().isNotEqualTo(HoldingsSource.SLIMS_CSV));
        TextField file = new TextField();
        file.setId("catalogue-load-file");
        file.setPrefColumnCount(24);
        Button choose = new Button(messages.get("catalogue.load.choose_file"));
        choose.setId("catalogue-load-choose");
        choose.setOnAction(event -> files.open(choose.getScene().getWindow(),
                        messages.get("catalogue.load.choose_file"), FileDialogs.FileKind.HOLDINGS)
                .ifPresent(path -> file.setText(path.toString())));

        FormGrid form = new FormGrid()
                .row("format", messages.get("catalogue.load.format"), format)
                .row("separator", messages.get("catalogue.load.separator"), separator)
                .row("enclosure", messages.get("catalogue.load.enclosure"), enclosure)
                .row("file", messages.get("catalogue.load.file"), file)
                .row("", choose);
        Map<String, String> errors = new HashMap<>();
        while (true) {
            Optional<Map<String, String>> typed = FormDialog.ask(owner, messages, "catalogueLoadFile",
                    messages.get("catalogue.load.title", memberName), messages.get("catalogue.load.start"), form,
                    errors, () -> Map.of("format", format.getValue().name(), "separator", separator.getText(),
                            "enclosure", enclosure.getText(), "file", file.getText().strip()));
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            errors = check(typed.get());
            if (errors.isEmpty()) {
                return Optional.of(request(typed.get()));
            }
        }
    }

    private Map<String, String> check(Map<String, String> typed) {
        Map<String, String> errors = new HashMap<>();
        if (typed.get("file").isEmpty()) {
            errors.put("file", messages.get("catalogue.load.file_missing"));
        } else if (!java.nio.file.Files.isRegularFile(Path.of(typed.get("file")))) {
            errors.put("file", messages.get("catalogue.load.file_not_found"));
        }
        if (HoldingsSource.valueOf(typed.get("format")) == HoldingsSource.SLIMS_CSV) {
            String enclosure = typed.get("enclosure");
            if (enclosure.length() != 1) {
                errors.put("enclosure", messages.get("catalogue.load.enclosure_invalid"));
            } else {
                try {
                    new CsvLayout(typed.get("separator"), enclosure.charAt(0));
                } catch (IllegalArgumentException e) {
                    errors.put("separator", messages.get("catalogue.load.separator_invalid"));
                }
            }
        }
        return errors;
    }

    private static Request request(Map<String, String> typed) {
        HoldingsSource format = HoldingsSource.valueOf(typed.get("format"));
        CsvLayout layout = format == HoldingsSource.SLIMS_CSV
                ? new CsvLayout(typed.get("separator"), typed.get("enclosure").charAt(0)) : CsvLayout.DEFAULT;
        return new Request(format, layout, Path.of(typed.get("file")));
    }
}
