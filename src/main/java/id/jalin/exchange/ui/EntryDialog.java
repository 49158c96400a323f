package id.jalin.exchange.ui;

import id.jalin.exchange.domain.Direction;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PublicationKind;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** A shipment one way or the other: what went, when, how many units it counts for, and the shipment's reference. */
final class EntryDialog {
    private EntryDialog() {
    }

    /** @param draft what was typed before (kept when the service refused it), or a new entry dated today */
    static Optional<LedgerEntry> ask(Window owner, ExchangeWords words, Partnership partnership, LedgerEntry draft,
                                     Map<String, String> errors) {
        Messages messages = words.messages();
        DatePicker date = LocalizedDatePicker.create(messages);
        date.setId("entryDate");
        date.setValue(draft.date());
        ComboBox<Direction> way = new ComboBox<>();
        way.setId("entryWay");
        way.getItems().setAll(Direction.values());
        cells(way, direction -> words.way(partnership, direction));
        way.setValue(draft.direction());
        TextField title = text("entryTitle", draft.title());
        ComboBox<PublicationKind> kind = new ComboBox<>();
        kind.setId("entryKind");
        kind.getItems().setAll(PublicationKind.values());
        cells(kind, value -> messages.label("exchange.kind", value));
        kind.setValue(draft.kind());
        TextField volume = text("entryVolume", draft.volumeIssue());
        TextField copies = NumberField.of("entryCopies", draft.copies());
        TextField units = NumberField.of("entryUnits", draft.units());
        TextField shipment = text("entryShipment", draft.shipment());
        TextField note = text("entryNote", draft.note());
        FormGrid form = new FormGrid()
                .row("date", messages.get("exchange.ui.entry.date"), date)
                .row("direction", messages.get("exchange.ui.entry.way"), way)
                .row("title", messages.get("exchange.ui.entry.title"), title)
                .row("kind", messages.get("exchange.ui.entry.kind"), kind)
                .row("volumeIssue", messages.get("exchange.ui.entry.volume"), volume)
                .row("copies", messages.get("exchange.ui.entry.copies"), copies)
                .row("units", messages.get("exchange.ui.entry.units", messages.label("exchange.unit",
                        partnership.unit())), units)
                .row("shipment", messages.get("exchange.ui.entry.shipment"), shipment)
                .row("note", messages.get("exchange.ui.entry.note"), note);
        String heading = messages.get("exchange.ui.entry.heading", words.pair(partnership));
        return FormDialog.ask(owner, messages, "exchangeEntry", heading, messages.get("common.button.save"), form,
                errors, () -> new LedgerEntry(null, partnership.id(), date.getValue(), way.getValue(),
                        title.getText(), kind.getValue(), volume.getText(), NumberField.value(copies),
                        NumberField.value(units), shipment.getText(), note.getText(), null));
    }

    /** A new entry: today, sent by the reader's library (or the first member), one copy counting for one unit. */
    static LedgerEntry fresh(Partnership partnership, Optional<Long> side, LocalDate today) {
        Direction direction = side.filter(partnership::between).map(own -> Direction.sending(partnership, own))
                .orElse(Direction.FIRST_TO_SECOND);
        return new LedgerEntry(null, partnership.id(), today, direction, "", PublicationKind.JOURNAL, "", 1, 1, "",
                "", null);
    }

    private static TextField text(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }

    static <T> void cells(ComboBox<T> box, java.util.function.Function<T, String> text) {
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setMaxWidth(Double.MAX_VALUE);
    }
}
