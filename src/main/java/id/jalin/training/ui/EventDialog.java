package id.jalin.training.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * A new event or changes to one: kind, titles in both languages, host member and venue, the days, the registration
 * deadline, capacity and a quota per member, the fee in Rupiah and what it covers, the organiser's contact and the
 * attendance rule. Shown again with what was typed after a refusal; a number that is no number is refused next to
 * its field before the service is asked. Its status moves on the detail's buttons, its sessions in the detail.
 */
final class EventDialog {
    private final Messages messages;
    private final Locale locale;
    private final TrainingEvent base;
    private long version;
    private final ComboBox<EventKind> kind = new ComboBox<>();
    private final TextField titleId = new TextField();
    private final TextField titleEn = new TextField();
    private final ComboBox<TrainingMember> host = new ComboBox<>();
    private final TextField venue = new TextField();
    private final DatePicker startsOn;
    private final DatePicker endsOn;
    private final DatePicker deadline;
    private final TextField capacity = new TextField();
    private final TextField quota = new TextField();
    private final TextField fee = new TextField();
    private final TextArea feeCovers = new TextArea();
    private final TextField contactName = new TextField();
    private final TextField contactPhone = new TextField();
    private final TextField contactEmail = new TextField();
    private final TextField percent = new TextField();

    /** @param hosts the members the reader may make host (the event's own host first when it is another) */
    EventDialog(TrainingWords words, TrainingEvent base, List<TrainingMember> hosts) {
        this.messages = words.messages();
        this.locale = messages.language().locale();
        this.base = base;
        this.version = base.version();
        this.startsOn = LocalizedDatePicker.create(messages);
        this.endsOn = LocalizedDatePicker.create(messages);
        this.deadline = LocalizedDatePicker.create(messages);
        kind.setId("trEventKind");
        kind.getItems().setAll(EventKind.values());
        kind.setConverter(ShownAs.words(value -> messages.label("training.kind", value)));
        kind.setValue(base.kind());
        titleId.setId("trEventTitleId");
        titleId.setText(base.titleId());
        titleEn.setId("trEventTitleEn");
        titleEn.setText(base.titleEn());
        host.setId("trEventHost");
        host.getItems().setAll(hosts);
        host.setConverter(ShownAs.words(words::memberLine));
        hosts.stream().filter(member -> member.id() == base.hostId()).findFirst()
                .or(() -> hosts.stream().findFirst()).ifPresent(host::setValue);
        venue.setId("trEventVenue");
        venue.setText(base.venue());
        startsOn.setId("trEventStarts");
        startsOn.setValue(base.startsOn());
        endsOn.setId("trEventEnds");
        endsOn.setValue(base.endsOn());
        // a one-day event is the common case: its last day follows its first until it is set apart
        startsOn.valueProperty().addListener((obs, old, now) -> {
            if (endsOn.getValue() == null || endsOn.getValue().equals(old)
                    || now != null && endsOn.getValue().isBefore(now)) {
                endsOn.setValue(now);
            }
        });
        deadline.setId("trEventDeadline");
        deadline.setValue(base.registrationDeadline());
        capacity.setId("trEventCapacity");
        capacity.setText(base.capacity() == 0 ? "" : String.valueOf(base.capacity()));
        quota.setId("trEventQuota");
        quota.setText(base.memberQuota() == null ? "" : String.valueOf(base.memberQuota()));
        quota.setPromptText(messages.get("training.ui.event.quotaNone"));
        fee.setId("trEventFee");
        fee.setText(base.fee().rupiah() == 0 ? "" : base.fee().format(locale));
        fee.setPromptText(messages.get("training.ui.event.feeNone"));
        feeCovers.setId("trEventFeeCovers");
        feeCovers.setText(base.feeCovers());
        feeCovers.setPrefRowCount(2);
        feeCovers.setWrapText(true);
        contactName.setId("trEventContactName");
        contactName.setText(base.contactName());
        contactPhone.setId("trEventContactPhone");
        contactPhone.setText(base.contactPhone());
        contactEmail.setId("trEventContactEmail");
        contactEmail.setText(base.contactEmail());
        percent.setId("trEventPercent");
        percent.setText(String.valueOf(base.attendancePercent()));
    }

    /** What was typed: the event to save, or the fields that could not be read. */
    record Typed(TrainingEvent event, Map<String, String> errors) {
    }

    Optional<Typed> ask(Window owner, Map<String, String> errors) {
        FormGrid form = new FormGrid()
                .row("kind", messages.get("training.ui.event.kind"), kind)
                .row("titleId", messages.get("training.ui.event.titleId"), titleId)
                .row("titleEn", messages.get("training.ui.event.titleEn"), titleEn)
                .row("host", messages.get("training.ui.event.host"), host)
                .row("venue", messages.get("training.ui.event.venue"), venue)
                .row("startsOn", messages.get("training.ui.event.startsOn"), startsOn)
                .row("endsOn", messages.get("training.ui.event.endsOn"), endsOn)
                .row("registrationDeadline", messages.get("training.ui.event.deadline"), deadline)
                .row("capacity", messages.get("training.ui.event.capacity"), capacity)
                .row("memberQuota", messages.get("training.ui.event.quota"), quota)
                .row("fee", messages.get("training.ui.event.fee"), fee)
                .row("feeCovers", messages.get("training.ui.event.feeCovers"), feeCovers)
                .row("contactName", messages.get("training.ui.event.contactName"), contactName)
                .row("contactPhone", messages.get("training.ui.event.contactPhone"), contactPhone)
                .row("contactEmail", messages.get("training.ui.event.contactEmail"), contactEmail)
                .row("attendancePercent", messages.get("training.ui.event.percent"), percent);
        String title = messages.get(base.id() == null ? "training.ui.event.newTitle" : "training.ui.event.editTitle");
        return FormDialog.ask(owner, messages, "trEvent", title, messages.get("common.button.save"),
                form, errors, this::typed);
    }

    private Typed typed() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer seats = whole(capacity, "capacity", errors, false);
        Integer perMember = whole(quota, "memberQuota", errors, true);
        Integer rule = whole(percent, "attendancePercent", errors, false);
        Money amount = Money.ZERO;
        if (!fee.getText().isBlank()) {
            amount = Money.parse(fee.getText(), locale).orElse(null);
            if (amount == null) {
                errors.put("fee", messages.get("training.ui.error.amount", fee.getText().strip()));
                amount = Money.ZERO;
            }
        }
        TrainingMember hosting = host.getValue();
        TrainingEvent event = new TrainingEvent(base.id(), kind.getValue(), titleId.getText(), titleEn.getText(),
                hosting == null ? 0 : hosting.id(), venue.getText(), startsOn.getValue(), endsOn.getValue(),
                deadline.getValue(), seats == null ? 0 : seats, perMember, amount, feeCovers.getText(),
                contactName.getText(), contactPhone.getText(), contactEmail.getText(),
                rule == null ? TrainingEvent.ALL_SESSIONS : rule, base.status(), version);
        return new Typed(event, errors);
    }

    private Integer whole(TextField field, String name, Map<String, String> errors, boolean blankAllowed) {
        String text = field.getText().strip().replace("%", "").strip();
        if (text.isEmpty()) {
            if (!blankAllowed) {
                errors.put(name, messages.get("training.ui.error.number", ""));
            }
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            errors.put(name, messages.get("training.ui.error.number", text));
            return null;
        }
    }

    /** Takes the stored version after a conflict, so the next save puts this typing over it. */
    void atVersion(long stored) {
        version = stored;
    }
}
