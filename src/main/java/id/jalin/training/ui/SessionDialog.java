package id.jalin.training.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.training.domain.TrainingSession;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** A session of an event: its day, start and end time (HH:mm), topic and speaker; shown again after a refusal. */
final class SessionDialog {
    private final Messages messages;
    private final TrainingSession base;
    private final DatePicker heldOn;
    private final TextField startsAt = new TextField();
    private final TextField endsAt = new TextField();
    private final TextField topic = new TextField();
    private final TextField speaker = new TextField();

    SessionDialog(Messages messages, TrainingSession base) {
        this.messages = messages;
        this.base = base;
        this.heldOn = LocalizedDatePicker.create(messages);
        heldOn.setId("trSessionDay");
        heldOn.setValue(base.heldOn());
        startsAt.setId("trSessionStart");
        startsAt.setText(TrainingWords.time(base.startsAt()));
        startsAt.setPromptText("09:00");
        endsAt.setId("trSessionEnd");
        endsAt.setText(TrainingWords.time(base.endsAt()));
        endsAt.setPromptText("12:00");
        topic.setId("trSessionTopic");
        topic.setText(base.topic());
        speaker.setId("trSessionSpeaker");
        speaker.setText(base.speaker());
    }

    record Typed(TrainingSession session, Map<String, String> errors) {
    }

    Optional<Typed> ask(Window owner, Map<String, String> errors) {
        FormGrid form = new FormGrid()
                .row("heldOn", messages.get("training.ui.session.day"), heldOn)
                .row("startsAt", messages.get("training.ui.session.start"), startsAt)
                .row("endsAt", messages.get("training.ui.session.end"), endsAt)
                .row("topic", messages.get("training.ui.session.topic"), topic)
                .row("speaker", messages.get("training.ui.session.speaker"), speaker);
        String title = messages.get(base.id() == null ? "training.ui.session.newTitle"
                : "training.ui.session.editTitle");
        return FormDialog.ask(owner, messages, "trSession", title, messages.get("common.button.save"), form, errors,
                this::typed);
    }

    private Typed typed() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalTime start = time(startsAt, "startsAt", errors);
        LocalTime end = time(endsAt, "endsAt", errors);
        return new Typed(new TrainingSession(base.id(), base.eventId(), heldOn.getValue(), start, end,
                topic.getText(), speaker.getText(), base.version()), errors);
    }

    /** "9:00", "09.00" and "0900" are all nine o'clock: people type times the way their clocks show them. */
    private LocalTime time(TextField field, String name, Map<String, String> errors) {
        String text = field.getText().strip().replace('.', ':');
        if (text.isEmpty()) {
            return null;
        }
        if (text.matches("\\d{3,4}")) {
            text = text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2);
        }
        if (text.matches("\\d:\\d\\d")) {
            text = "0" + text;
        }
        try {
            return LocalTime.parse(text, TrainingWords.TIME);
        } catch (DateTimeParseException notATime) {
            errors.put(name, messages.get("training.ui.error.time", field.getText().strip()));
            return null;
        }
    }
}
