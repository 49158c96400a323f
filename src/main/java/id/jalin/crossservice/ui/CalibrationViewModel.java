package id.jalin.crossservice.ui;

import id.jalin.crossservice.print.CardSheetSettings;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The four printer corrections in mm, typed in the user's locale, checked to ±10 mm and kept per workstation. */
final class CalibrationViewModel {
    static final List<Setting> OFFSETS = List.of(Setting.CARD_FRONT_OFFSET_X, Setting.CARD_FRONT_OFFSET_Y,
            Setting.CARD_BACK_OFFSET_X, Setting.CARD_BACK_OFFSET_Y);

    private final Settings settings;
    private final Messages messages;
    final Map<Setting, StringProperty> fields = new LinkedHashMap<>();

    CalibrationViewModel(Settings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
        CardSheetSettings stored = stored(settings);
        double[] values = {stored.frontOffsetXmm(), stored.frontOffsetYmm(), stored.backOffsetXmm(),
            stored.backOffsetYmm()};
        for (int i = 0; i < OFFSETS.size(); i++) {
            fields.put(OFFSETS.get(i), new SimpleStringProperty(format(values[i])));
        }
    }

    /** The corrections kept in the settings; a value that is unreadable or out of range counts as none. */
    static CardSheetSettings stored(Settings settings) {
        double[] values = new double[4];
        for (int i = 0; i < OFFSETS.size(); i++) {
            try {
                double value = Double.parseDouble(settings.get(OFFSETS.get(i)).strip());
                values[i] = Double.isFinite(value) && Math.abs(value) <= CardSheetSettings.MAX_OFFSET_MM ? value : 0;
            } catch (NumberFormatException e) {
                values[i] = 0;
            }
        }
        return new CardSheetSettings(values[0], values[1], values[2], values[3]);
    }

    /** Field name for errors: the setting's key. */
    static String field(Setting setting) {
        return setting.name();
    }

    /** Errors by field; empty when every value is a number within ±10 mm. */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Setting setting : OFFSETS) {
            Optional<Double> value = parse(fields.get(setting).get());
            if (value.isEmpty()) {
                errors.put(field(setting), messages.get("card.screen.calibration.error.number"));
            } else if (Math.abs(value.get()) > CardSheetSettings.MAX_OFFSET_MM) {
                errors.put(field(setting), messages.get("card.screen.calibration.error.range",
                        (int) CardSheetSettings.MAX_OFFSET_MM));
            }
        }
        return errors;
    }

    /** The typed corrections, if they are valid. */
    Optional<CardSheetSettings> typed() {
        if (!check().isEmpty()) {
            return Optional.empty();
        }
        double[] v = OFFSETS.stream().mapToDouble(s -> parse(fields.get(s).get()).orElse(0.0)).toArray();
        return Optional.of(new CardSheetSettings(v[0], v[1], v[2], v[3]));
    }

    /** Stores valid corrections; returns the errors otherwise, storing nothing. */
    Map<String, String> save() {
        Map<String, String> errors = check();
        if (errors.isEmpty()) {
            for (Setting setting : OFFSETS) {
                settings.put(setting, Double.toString(parse(fields.get(setting).get()).orElse(0.0)));
            }
            settings.flush();
        }
        return errors;
    }

    Optional<Double> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(0.0);
        }
        // Accept both "1,5" (Indonesian) and "1.5", whatever the locale, since both are typed in practice.
        String normalised = trimmed.replace(',', '.').replace('\u2212', '-');
        if (!normalised.matches("[+-]?\\d+(\\.\\d+)?|[+-]?\\.\\d+")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(normalised));
    }

    private String format(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.language().locale());
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
