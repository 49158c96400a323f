package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.Title;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.ShownAs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * A member's proposal, new or changed: the title as the member writes it, format, shared for all or own copies,
 * vendor, unit price, copies, priority and why. Kept between tries so a refusal loses no typing.
 */
final class ProposalDialog {
    private final Messages messages;
    private final Locale locale;
    private final ProposalLine base;
    private long version;
    private final ComboBox<AcquisitionMember> member = new ComboBox<>();
    private final TextField isbn = field("acqIsbn");
    private final TextField title = field("acqTitle");
    private final TextField author = field("acqAuthor");
    private final TextField publisher = field("acqPublisher");
    private final TextField year = field("acqYear");
    private final TextField edition = field("acqEdition");
    private final ComboBox<ItemFormat> format = new ComboBox<>();
    private final CheckBox shared;
    private final TextField vendor = field("acqVendor");
    private final TextField price = field("acqPrice");
    private final TextField copies = field("acqCopies");
    private final TextField priority = field("acqPriority");
    private final TextArea justification = new TextArea();

    /** @param proposers the members the reader may propose for (the line's member when it is changed) */
    ProposalDialog(Messages messages, ProposalLine base, List<AcquisitionMember> proposers) {
        this.messages = messages;
        this.locale = messages.language().locale();
        this.base = base;
        this.version = base.version();
        member.setId("acqProposer");
        member.getItems().setAll(proposers);
        member.setConverter(ShownAs.words(value -> value == null ? "" : value.code() + " \u2013 " + value.name()));
        proposers.stream().filter(value -> value.id() == base.memberId()).findFirst()
                .or(() -> proposers.stream().findFirst()).ifPresent(member::setValue);
        member.setDisable(base.id() != null || proposers.size() == 1);
        Title written = base.title();
        isbn.setText(written.isbn());
        title.setText(written.title());
        author.setText(written.author());
        publisher.setText(written.publisher());
        year.setText(written.year() == null ? "" : String.valueOf(written.year()));
        edition.setText(written.edition());
        format.setId("acqFormat");
        format.getItems().setAll(ItemFormat.values());
        format.setConverter(ShownAs.words(value -> value == null ? "" : messages.label("acquisition.format", value)));
        format.setValue(base.format());
        shared = new CheckBox(messages.get("acquisition.ui.line.sharedBox"));
        shared.setId("acqShared");
        shared.setWrapText(true);
        shared.setSelected(base.sharedForAll());
        vendor.setText(base.vendor());
        price.setText(base.unitPrice().rupiah() == 0 && base.id() == null ? "" : base.unitPrice().format(locale));
        copies.setText(String.valueOf(base.copies()));
        priority.setText(String.valueOf(base.priority()));
        justification.setId("acqJustification");
        justification.setText(base.justification());
        justification.setPrefRowCount(2);
        justification.setWrapText(true);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    record Typed(ProposalLine line, Map<String, String> errors) {
    }

    Optional<Typed> ask(Window owner, Map<String, String> errors) {
        FormGrid form = new FormGrid()
                .row("member", messages.get("acquisition.ui.line.member"), member)
                .row("isbn", messages.get("acquisition.ui.line.isbn"), isbn)
                .row("title", messages.get("acquisition.ui.line.title"), title)
                .row("author", messages.get("acquisition.ui.line.author"), author)
                .row("publisher", messages.get("acquisition.ui.line.publisher"), publisher)
                .row("year", messages.get("acquisition.ui.line.year"), year)
                .row("edition", messages.get("acquisition.ui.line.edition"), edition)
                .row("format", messages.get("acquisition.ui.line.format"), format)
                .row("shared", "", shared)
                .row("vendor", messages.get("acquisition.ui.line.vendor"), vendor)
                .row("unitPrice", messages.get("acquisition.ui.line.unitPrice"), price)
                .row("copies", messages.get("acquisition.ui.line.copies"), copies)
                .row("priority", messages.get("acquisition.ui.line.priority"), priority)
                .row("justification", messages.get("acquisition.ui.line.justification"), justification);
        String heading = messages.get(base.id() == null ? "acquisition.ui.line.newTitle"
                : "acquisition.ui.line.editTitle");
        return FormDialog.ask(owner, messages, "acqLine", heading, messages.get("common.button.save"), form, errors,
                this::typed);
    }

    private Typed typed() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer yearValue = null;
        if (!year.getText().isBlank()) {
            yearValue = whole(year.getText());
            if (yearValue == null) {
                errors.put("year", messages.get("acquisition.ui.error.number", year.getText().strip()));
            }
        }
        Money unitPrice = Money.parse(price.getText().isBlank() ? "0" : price.getText(), locale).orElse(null);
        if (unitPrice == null) {
            errors.put("unitPrice", messages.get("acquisition.ui.error.amount", price.getText().strip()));
        }
        Integer copiesValue = whole(copies.getText());
        if (copiesValue == null) {
            errors.put("copies", messages.get("acquisition.ui.error.number", copies.getText().strip()));
        }
        Integer priorityValue = whole(priority.getText());
        if (priorityValue == null) {
            errors.put("priority", messages.get("acquisition.ui.error.number", priority.getText().strip()));
        }
        AcquisitionMember proposer = member.getValue();
        ProposalLine line = new ProposalLine(base.id(), base.roundId(), proposer == null ? base.memberId()
                : proposer.id(), new Title(isbn.getText(), title.getText(), author.getText(), publisher.getText(),
                yearValue, edition.getText()), format.getValue(), shared.isSelected(), vendor.getText(),
                unitPrice == null ? Money.ZERO : unitPrice, copiesValue == null ? 0 : copiesValue,
                priorityValue == null ? 0 : priorityValue, justification.getText(), base.decision(),
                base.decisionReason(), base.receivedCopies(), version);
        return new Typed(line, errors);
    }

    void atVersion(long stored) {
        version = stored;
    }

    private static Integer whole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
