package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.kernel.ui.ShownAs;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A new round or changes to one: name, coordinating member, budget, deadline, split rule with each participant's
 * weight or percentage, cap and notes. The same dialog is shown again after a refusal, so nothing typed is lost;
 * an amount or a weight that is no number is refused next to its field before the service is asked.
 */
final class RoundDialog {
    private final Messages messages;
    private final Locale locale;
    private final PurchaseRound base;
    private long version;
    private final TextField name = new TextField();
    private final ComboBox<AcquisitionMember> coordinator = new ComboBox<>();
    private final TextField budget = new TextField();
    private final DatePicker deadline;
    private final ComboBox<SplitRule> rule = new ComboBox<>();
    private final TextField cap = new TextField();
    private final TextArea notes = new TextArea();
    private final Map<Long, CheckBox> taking = new LinkedHashMap<>();
    private final Map<Long, TextField> shares = new LinkedHashMap<>();
    private final VBox participants = new VBox(4);

    /**
     * @param base the round to change, or a draft for a new one
     * @param coordinators the members the reader may make coordinator
     * @param members the active members that may take part (and any already taking part)
     */
    RoundDialog(Messages messages, PurchaseRound base, List<AcquisitionMember> coordinators,
                List<AcquisitionMember> members) {
        this.messages = messages;
        this.locale = messages.language().locale();
        this.base = base;
        this.version = base.version();
        this.deadline = LocalizedDatePicker.create(messages);
        name.setId("acqRoundName");
        name.setText(base.name());
        coordinator.setId("acqRoundCoordinator");
        coordinator.getItems().setAll(coordinators);
        coordinator.setConverter(ShownAs.words(member -> member == null ? "" : member.code() + " \u2013 "
                + member.name()));
        coordinators.stream().filter(member -> member.id() == base.coordinatorId()).findFirst()
                .or(() -> coordinators.stream().findFirst()).ifPresent(coordinator::setValue);
        budget.setId("acqRoundBudget");
        budget.setText(base.budget().rupiah() == 0 ? "" : base.budget().format(locale));
        deadline.setId("acqRoundDeadline");
        deadline.setValue(base.deadline());
        rule.setId("acqRoundSplit");
        rule.getItems().setAll(SplitRule.values());
        rule.setConverter(ShownAs.words(value -> value == null ? "" : messages.label("acquisition.split", value)));
        rule.setValue(base.splitRule());
        cap.setId("acqRoundCap");
        cap.setText(base.memberCap() == null ? "" : base.memberCap().format(locale));
        cap.setPromptText(messages.get("acquisition.ui.round.capNone"));
        notes.setId("acqRoundNotes");
        notes.setText(base.notes());
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        for (AcquisitionMember member : members) {
            CheckBox box = new CheckBox(member.code() + " \u2013 " + member.name());
            box.setId("acqPart-" + member.code());
            box.setSelected(base.takesPart(member.id()));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setWrapText(true);
            TextField share = new TextField();
            share.setId("acqShare-" + member.code());
            share.setPrefColumnCount(6);
            share.setMinWidth(80);
            Long weight = base.participants().get(member.id());
            share.setText(shareText(base.splitRule(), weight));
            share.disableProperty().bind(box.selectedProperty().not());
            taking.put(member.id(), box);
            shares.put(member.id(), share);
            HBox row = new HBox(8, box, share);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(box, Priority.ALWAYS);
            participants.getChildren().add(row);
        }
        rule.valueProperty().addListener((obs, old, now) -> shares.values().forEach(field -> {
            field.setVisible(AcquisitionWords.ruleHasShares(now));
            field.setPromptText(now == SplitRule.FIXED_PERCENT ? "%" : messages.get("acquisition.ui.round.weightPrompt"));
        }));
        shares.values().forEach(field -> {
            field.setVisible(AcquisitionWords.ruleHasShares(base.splitRule()));
            field.setPromptText(base.splitRule() == SplitRule.FIXED_PERCENT ? "%"
                    : messages.get("acquisition.ui.round.weightPrompt"));
        });
    }

    private String shareText(SplitRule splitRule, Long weight) {
        if (weight == null || splitRule == null || !AcquisitionWords.ruleHasShares(splitRule)) {
            return "";
        }
        return splitRule == SplitRule.FIXED_PERCENT ? BigDecimal.valueOf(weight, 2).stripTrailingZeros()
                .toPlainString() : String.valueOf(weight);
    }

    /** What was typed: the round to save, or the fields that could not be read. */
    record Typed(PurchaseRound round, Map<String, String> errors) {
    }

    Optional<Typed> ask(Window owner, Map<String, String> errors) {
        ScrollPane list = new ScrollPane(participants);
        list.setId("acqRoundParticipants");
        list.setFitToWidth(true);
        list.setPrefViewportHeight(160);
        FormGrid form = new FormGrid()
                .row("name", messages.get("acquisition.ui.round.name"), name)
                .row("coordinator", messages.get("acquisition.ui.round.coordinator"), coordinator)
                .row("budget", messages.get("acquisition.ui.round.budget"), budget)
                .row("deadline", messages.get("acquisition.ui.round.deadline"), deadline)
                .row("splitRule", messages.get("acquisition.ui.round.split"), rule)
                .row("participants", messages.get("acquisition.ui.round.participants"), list)
                .row("cap", messages.get("acquisition.ui.round.cap"), cap)
                .row("notes", messages.get("acquisition.ui.round.notes"), notes);
        String title = messages.get(base.id() == null ? "acquisition.ui.round.newTitle"
                : "acquisition.ui.round.editTitle");
        return FormDialog.ask(owner, messages, "acqRound", title, messages.get("common.button.save"), form, errors,
                this::typed);
    }

    private Typed typed() {
        Map<String, String> errors = new LinkedHashMap<>();
        Money amount = Money.parse(budget.getText(), locale).orElse(null);
        if (amount == null) {
            errors.put("budget", messages.get("acquisition.ui.error.amount", budget.getText().strip()));
        }
        Money limit = null;
        if (!cap.getText().isBlank()) {
            limit = Money.parse(cap.getText(), locale).orElse(null);
            if (limit == null) {
                errors.put("cap", messages.get("acquisition.ui.error.amount", cap.getText().strip()));
            }
        }
        SplitRule splitRule = rule.getValue();
        Map<Long, Long> chosen = new LinkedHashMap<>();
        for (var entry : taking.entrySet()) {
            if (!entry.getValue().isSelected()) {
                continue;
            }
            String text = shares.get(entry.getKey()).getText().strip();
            Long weight = 1L;
            if (splitRule != null && AcquisitionWords.ruleHasShares(splitRule)) {
                weight = splitRule == SplitRule.FIXED_PERCENT ? basisPoints(text) : whole(text);
                if (weight == null) {
                    errors.merge("participants", messages.get(splitRule == SplitRule.FIXED_PERCENT
                            ? "acquisition.ui.error.percent" : "acquisition.ui.error.weight",
                            entry.getValue().getText(), text), (a, b) -> a + "\n" + b);
                    weight = 0L;
                }
            }
            chosen.put(entry.getKey(), weight);
        }
        AcquisitionMember coordinating = coordinator.getValue();
        PurchaseRound round = new PurchaseRound(base.id(), name.getText(), coordinating == null ? 0
                : coordinating.id(), amount == null ? Money.ZERO : amount, deadline.getValue(),
                base.status() == null ? RoundStatus.OPEN : base.status(), splitRule, chosen, limit, notes.getText(),
                version);
        return new Typed(round, errors);
    }

    /** Takes the stored version after a conflict, so the next save puts this typing over it. */
    void atVersion(long stored) {
        version = stored;
    }

    private static Long whole(String text) {
        try {
            return Long.parseLong(text.replace(".", "").replace(",", "").strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** "33,33" or "33.33" percent as 3,333 hundredths of a percent. */
    private static Long basisPoints(String text) {
        try {
            BigDecimal percent = new BigDecimal(text.replace(',', '.').replace("%", "").strip());
            return percent.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException notAPercentage) {
            return null;
        }
    }
}
