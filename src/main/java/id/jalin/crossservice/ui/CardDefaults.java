package id.jalin.crossservice.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The defaults a new card starts with on this workstation: the usual fee, and the day of the year cards run until
 * (the end of the academic year). Asked in a small dialog, kept in the user's preferences.
 */
final class CardDefaults {
    private CardDefaults() {
    }

    /** The stored academic-year end, or 31 August when none or an unreadable one is stored. */
    static MonthDay yearEnd(Settings settings) {
        return parseYearEnd(settings.get(Setting.CARD_YEAR_END))
                .orElse(MonthDay.parse("--" + Setting.CARD_YEAR_END.defaultValue()));
    }

    static Optional<MonthDay> parseYearEnd(String stored) {
        try {
            return Optional.of(MonthDay.parse("--" + stored.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Reads "31/08" as typed in the dialog. */
    static Optional<MonthDay> parseTyped(String typed) {
        String[] parts = typed.strip().split("[/.-]");
        try {
            return parts.length == 2 ? Optional.of(MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0])))
                    : Optional.empty();
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    static void showDialog(Settings settings, Messages messages, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("card.defaults.title"));
        dialog.setHeaderText(messages.get("card.defaults.heading"));
        dialog.getDialogPane().setId("cardDefaultsDialog");
        Money storedFee = Money.parse(settings.get(Setting.CARD_FEE), Locale.ROOT).orElse(Money.ZERO);
        TextField fee = new TextField(messages.money(storedFee));
        fee.setId("defaultFeeField");
        MonthDay end = yearEnd(settings);
        TextField yearEnd = new TextField(String.format("%02d/%02d", end.getDayOfMonth(), end.getMonthValue()));
        yearEnd.setId("yearEndField");
        FormGrid grid = new FormGrid()
                .row(messages.get("card.defaults.fee"), fee)
                .row(messages.get("card.defaults.yearEnd"), yearEnd);
        Label error = FieldErrorMarks.errorLabel("cardDefaultsError");
        VBox content = new VBox(10, grid.node(), error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveCardDefaults");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<Money> typedFee = Money.parse(fee.getText(), messages.language().locale()).filter(m -> !m.isNegative());
            Optional<MonthDay> typedEnd = parseTyped(yearEnd.getText());
            if (typedFee.isEmpty()) {
                error.setText(messages.get("card.defaults.error.fee"));
                event.consume();
            } else if (typedEnd.isEmpty()) {
                error.setText(messages.get("card.defaults.error.yearEnd"));
                event.consume();
            } else {
                settings.put(Setting.CARD_FEE, Long.toString(typedFee.get().rupiah()));
                settings.put(Setting.CARD_YEAR_END, typedEnd.get().toString().substring(2));
                settings.flush();
            }
        });
        dialog.showAndWait();
    }
}
