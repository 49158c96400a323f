package id.jalin.redistribution.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.ItemCondition;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * A new surplus offer of one title for the giving library. Numbers that are not numbers are sent on as such (the
 * copies as 0, the year as an impossible one) so the service's rule explains them next to the field.
 */
final class OfferDialog {
    private final Messages messages;
    private final RedistributionMember giver;
    private final TextField title = new TextField();
    private final TextField author = new TextField();
    private final TextField isbn = new TextField();
    private final TextField year = new TextField();
    private final TextField copies = new TextField("1");
    private final ComboBox<ItemCondition> condition = new ComboBox<>();
    private final ComboBox<SurplusReason> reason = new ComboBox<>();
    private final ComboBox<AllocationRule> rule = new ComboBox<>();
    private final DatePicker closing;
    private final TextArea note = new TextArea();

    OfferDialog(Messages messages, RedistributionMember giver) {
        this.messages = messages;
        this.giver = giver;
        this.closing = LocalizedDatePicker.create(messages);
        title.setId("offerTitle");
        author.setId("offerAuthor");
        isbn.setId("offerIsbn");
        year.setId("offerYear");
        copies.setId("offerCopies");
        condition.setId("offerCondition");
        condition.getItems().setAll(ItemCondition.values());
        condition.setConverter(ShownAs.words(value -> value == null ? ""
                : messages.label("redistribution.condition", value)));
        condition.setValue(ItemCondition.GOOD);
        reason.setId("offerReason");
        reason.getItems().setAll(SurplusReason.values());
        reason.setConverter(ShownAs.words(value -> value == null ? ""
                : messages.label("redistribution.reason", value)));
        reason.setValue(SurplusReason.DUPLICATE);
        rule.setId("offerRule");
        rule.getItems().setAll(AllocationRule.values());
        rule.setConverter(ShownAs.words(value -> value == null ? "" : messages.label("redistribution.rule", value)));
        rule.setValue(AllocationRule.FIRST_COME);
        closing.setId("offerClosing");
        note.setId("offerNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);

    }

    private static javafx.scene.control.Label wrapping(String text) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMaxWidth(330);
        return label;
    }

    Optional<SurplusOffer> ask(Window owner, Map<String, String> errors) {
        String heading = messages.get("redistribution.ui.offer.heading");
        return FormDialog.ask(owner, messages, "offerDialog", heading, messages.get("redistribution.ui.offer.post"),
                form(), errors, this::offer);
    }

    private SurplusOffer offer() {
        return SurplusOffer.of(giver.id(), title.getText(), author.getText(), isbn.getText(), year(),
                whole(copies.getText(), 0), condition.getValue(), reason.getValue(), rule.getValue(),
                closing.getValue(), note.getText());
    }

    private Integer year() {
        return year.getText().isBlank() ? null : whole(year.getText(), 0);
    }

    static int whole(String text, int otherwise) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A fresh grid around the same fields each time: a dialog shown again after a refusal keeps what was typed. */
    private FormGrid form() {
        FormGrid form = new FormGrid();
        form.row(messages.get("redistribution.ui.offer.giver"), wrapping(giver.code() + " \u2013 " + giver.name()))
                .row("title", messages.get("redistribution.ui.offer.title"), title)
                .row("author", messages.get("redistribution.ui.offer.author"), author)
                .row("isbn", messages.get("redistribution.ui.offer.isbn"), isbn)
                .row("year", messages.get("redistribution.ui.offer.year"), year)
                .row("copies", messages.get("redistribution.ui.offer.copies"), copies)
                .row("condition", messages.get("redistribution.ui.offer.condition"), condition)
                .row("reason", messages.get("redistribution.ui.offer.reason"), reason)
                .row("rule", messages.get("redistribution.ui.offer.rule"), rule)
                .row("closingDate", messages.get("redistribution.ui.offer.closing"), closing)
                .row("note", messages.get("redistribution.ui.offer.note"), note);
        return form;
    }

}
