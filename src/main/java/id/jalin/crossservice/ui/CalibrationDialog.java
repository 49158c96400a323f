package id.jalin.crossservice.ui;

import id.jalin.crossservice.print.CalibrationSheetPdf;
import id.jalin.crossservice.print.CardSheetSettings;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.FormGrid;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The printer corrections for A4 card sheets, and the calibration sheet to measure them with. */
final class CalibrationDialog {
    private final CalibrationViewModel model;
    private final Messages messages;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;

    CalibrationDialog(CalibrationViewModel model, Messages messages, TaskExecutor executor, FileDialogs files,
                      FileOpener opener) {
        this.model = model;
        this.messages = messages;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
    }

    void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("card.screen.calibration.title"));
        dialog.setHeaderText(messages.get("card.screen.calibration.title"));
        dialog.getDialogPane().setId("calibrationDialog");
        BoundControls controls = new BoundControls(messages);
        FormGrid form = new FormGrid();
        for (Setting setting : CalibrationViewModel.OFFSETS) {
            String key = setting.name().toLowerCase(java.util.Locale.ROOT).replace("card_", "").replace('_', '.');
            form.row(CalibrationViewModel.field(setting), messages.get("card.screen.calibration." + key),
                    controls.text(setting.name() + "Field", model.fields.get(setting)));
        }
        Label help = new Label(messages.get("card.screen.calibration.help"));
        help.setWrapText(true);
        help.setMaxWidth(460);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label written = new Label();
        written.setId("calibrationSheetResult");
        written.setWrapText(true);
        Button sheet = new Button(messages.get("card.screen.calibration.sheet"));
        sheet.setId("calibrationSheetButton");
        sheet.setOnAction(event -> writeSheet(dialog.getDialogPane().getScene().getWindow(), form, written));
        VBox content = new VBox(10, help, form.node(), sheet, written);
        content.setPadding(new Insets(4));
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId("saveCalibrationButton");
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, event -> {
            Map<String, String> errors = model.save();
            form.showErrors(errors);
            if (!errors.isEmpty()) {
                event.consume();
            }
        });
        dialog.showAndWait();
    }

    private void writeSheet(Window owner, FormGrid form, Label written) {
        Map<String, String> errors = model.check();
        form.showErrors(errors);
        CardSheetSettings settings = model.typed().orElse(null);
        if (settings == null) {
            return;
        }
        files.save(owner, messages.get("card.screen.calibration.sheet"), FileDialogs.FileKind.PDF,
                messages.get("card.screen.calibration.fileName") + ".pdf").ifPresent(path ->
                executor.execute(BackgroundTask.wrap(progress -> {
                            new AtomicFileWriter().write(path, out -> new CalibrationSheetPdf().write(settings, out));
                            return path;
                        })
                        .withProgress(messages.get("card.screen.calibration.sheet"))
                        .onSuccess(done -> {
                            written.setText(messages.get("card.screen.calibration.written", done));
                            new FileWrittenNotice(messages, opener).show(owner,
                                    messages.get("written.print.calibration"), done, true);
                        })));
    }
}
