package id.jalin.exchange.ui;

import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.ExchangeRatio;
import id.jalin.exchange.domain.ExchangeUnit;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PeriodKind;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * A partnership's terms: the two members, the ratio as two whole numbers (the first's units for the second's), the
 * unit, how the years run, whether an imbalance carries over, the first year, its agreement and notes.
 */
final class PartnershipDialog {
    /** A type A agreement the partnership may follow, as the list shows it. */
    record AgreementChoice(Long id, String text) {
    }

    private PartnershipDialog() {
    }

    static Optional<Partnership> ask(Window owner, Messages messages, List<ExchangeMember> members,
                                     List<AgreementChoice> agreements, Partnership draft,
                                     Map<String, String> errors) {
        ComboBox<ExchangeMember> first = member("partnershipFirst", members, draft.firstMemberId());
        ComboBox<ExchangeMember> second = member("partnershipSecond", members, draft.secondMemberId());
        TextField ratioFirst = NumberField.of("partnershipRatioFirst", draft.ratio().first());
        TextField ratioSecond = NumberField.of("partnershipRatioSecond", draft.ratio().second());
        ComboBox<ExchangeUnit> unit = new ComboBox<>();
        unit.setId("partnershipUnit");
        unit.getItems().setAll(ExchangeUnit.values());
        EntryDialog.cells(unit, value -> messages.label("exchange.unit", value));
        unit.setValue(draft.unit());
        ComboBox<PeriodKind> period = new ComboBox<>();
        period.setId("partnershipPeriod");
        period.getItems().setAll(PeriodKind.values());
        EntryDialog.cells(period, value -> messages.label("exchange.period", value));
        period.setValue(draft.periodKind());
        CheckBox carryOver = new CheckBox(messages.get("exchange.ui.partnership.carryOver"));
        carryOver.setId("partnershipCarryOver");
        carryOver.setWrapText(true);
        carryOver.setSelected(draft.carryOver());
        TextField firstYear = NumberField.of("partnershipFirstYear", draft.firstYear());
        ComboBox<AgreementChoice> agreement = new ComboBox<>();
        agreement.setId("partnershipAgreement");
        AgreementChoice none = new AgreementChoice(null, messages.get("exchange.ui.partnership.noAgreement"));
        agreement.getItems().add(none);
        agreement.getItems().addAll(agreements);
        EntryDialog.cells(agreement, AgreementChoice::text);
        agreement.setValue(agreements.stream().filter(choice -> choice.id().equals(draft.agreementId())).findFirst()
                .orElse(none));
        TextArea notes = new TextArea(draft.notes());
        notes.setId("partnershipNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        FormGrid form = new FormGrid()
                .row("first", messages.get("exchange.ui.partnership.first"), first)
                .row("second", messages.get("exchange.ui.partnership.second"), second)
                .row("ratio", messages.get("exchange.ui.partnership.ratioFirst"), ratioFirst)
                .row("ratioSecond", messages.get("exchange.ui.partnership.ratioSecond"), ratioSecond)
                .row("unit", messages.get("exchange.ui.partnership.unit"), unit)
                .row("period", messages.get("exchange.ui.partnership.period"), period)
                .row("carryOver", messages.get("exchange.ui.partnership.carryOverLabel"), carryOver)
                .row("firstYear", messages.get("exchange.ui.partnership.firstYear"), firstYear)
                .row("agreement", messages.get("exchange.ui.partnership.agreement"), agreement)
                .row("notes", messages.get("exchange.ui.partnership.notes"), notes);
        String heading = messages.get(draft.id() == null ? "exchange.ui.partnership.new"
                : "exchange.ui.partnership.edit");
        return FormDialog.ask(owner, messages, "exchangePartnership", heading, messages.get("common.button.save"),
                form, errors, () -> new Partnership(draft.id(), id(first), id(second),
                        new ExchangeRatio(NumberField.value(ratioFirst), NumberField.value(ratioSecond)),
                        unit.getValue(), period.getValue(), carryOver.isSelected(), NumberField.value(firstYear),
                        agreement.getValue() == null ? null : agreement.getValue().id(), notes.getText(),
                        draft.version()));
    }

    private static ComboBox<ExchangeMember> member(String id, List<ExchangeMember> members, long chosen) {
        ComboBox<ExchangeMember> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(members);
        EntryDialog.cells(box, member -> member.code() + " \u2013 " + member.name());
        members.stream().filter(member -> member.id() == chosen).findFirst().ifPresent(box::setValue);
        return box;
    }

    /** No member chosen reads as 0, which the rules refuse next to the field. */
    private static long id(ComboBox<ExchangeMember> box) {
        return box.getValue() == null ? 0 : box.getValue().id();
    }
}
