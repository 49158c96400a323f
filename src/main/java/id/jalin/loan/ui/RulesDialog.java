package id.jalin.loan.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LendingRules;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;

/** A lending library's rules: loan period, renewals, kinds it does not lend, fee per request. */
final class RulesDialog {
    private RulesDialog() {
    }

    /** Digits only, so the number read back is always one (an empty field reads as 0 and is refused by the rules). */
    private static TextField number(String id, int value) {
        TextField field = new TextField(String.valueOf(value));
        field.setId(id);
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().matches("[0-9]{0,3}") ? change : null));
        return field;
    }

    private static int value(TextField field) {
        return field.getText().isEmpty() ? 0 : Integer.parseInt(field.getText());
    }

    static Optional<LendingRules> ask(Window owner, Messages messages, String libraryName, LendingRules current,
                                      Map<String, String> errors) {
        TextField days = number("rulesDays", current.loanDays());
        TextField renewals = number("rulesRenewals", current.renewals());
        Map<ItemKind, CheckBox> kinds = new EnumMap<>(ItemKind.class);
        FlowPane kindBoxes = new FlowPane(10, 6);
        for (ItemKind kind : ItemKind.values()) {
            CheckBox box = new CheckBox(messages.label("loan.item", kind));
            box.setId("rulesNotLent-" + kind.name());
            box.setSelected(current.notLent().contains(kind));
            kinds.put(kind, box);
            kindBoxes.getChildren().add(box);
        }
        TextField fee = new TextField(current.fee().rupiah() == 0 ? "" : messages.money(current.fee()));
        fee.setId("rulesFee");
        FormGrid form = new FormGrid()
                .row("loanDays", messages.get("loan.rules.days"), days)
                .row("renewals", messages.get("loan.rules.renewals"), renewals)
                .row(messages.get("loan.rules.not_lent"), kindBoxes)
                .row("fee", messages.get("loan.rules.fee"), fee);
        String title = messages.get("loan.rules.title", libraryName);
        return FormDialog.ask(owner, messages, "loanRules", title, messages.get("common.button.save"), form, errors,
                () -> {
                    Set<ItemKind> notLent = EnumSet.noneOf(ItemKind.class);
                    kinds.forEach((kind, box) -> {
                        if (box.isSelected()) {
                            notLent.add(kind);
                        }
                    });
                    // an unreadable amount becomes a negative fee, which the rules refuse next to the field
                    Money typed = fee.getText().isBlank() ? Money.ZERO
                            : Money.parse(fee.getText(), messages.language().locale()).orElse(Money.of(-1));
                    return new LendingRules(current.memberId(), value(days), value(renewals), notLent, typed,
                            current.version());
                });
    }
}
