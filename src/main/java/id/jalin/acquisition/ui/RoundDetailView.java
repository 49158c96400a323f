package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.BudgetWarning;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundCost;
import id.jalin.acquisition.domain.WarningLevel;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.Styles;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * One round beside the list: its fields, each participant with its weight or percentage and its share so far, what
 * the accepted lines spend against the budget in Rupiah, and any warning (approaching 90 % or passed) in words.
 */
final class RoundDetailView {
    private final AcquisitionWords words;
    private final Messages messages;
    private final Label heading = new Label();
    private final GridPane fields = new GridPane();
    private final Label spent = new Label();
    private final VBox warnings = new VBox(4);
    private final GridPane people = new GridPane();
    private final FlowPane moves = new FlowPane(8, 8);
    private final FlowPane papers = new FlowPane(8, 8);
    private final VBox content;
    private final ScrollPane root;

    RoundDetailView(AcquisitionWords words) {
        this.words = words;
        this.messages = words.messages();
        heading.setId("acqRoundHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        fields.setHgap(12);
        fields.setVgap(4);
        people.setId("acqParticipants");
        people.setHgap(12);
        people.setVgap(2);
        spent.setId("acqSpent");
        spent.setWrapText(true);
        warnings.setId("acqWarnings");
        moves.setId("acqMoves");
        papers.setId("acqPapers");
        Label peopleHeading = new Label(messages.get("acquisition.ui.round.participants"));
        peopleHeading.getStyleClass().add(Styles.FORM_SECTION);
        Label papersHeading = new Label(messages.get("acquisition.ui.papers.heading"));
        papersHeading.getStyleClass().add(Styles.FORM_SECTION);
        content = new VBox(8, heading, moves, fields, spent, warnings, peopleHeading, people, papersHeading, papers);
        content.setPadding(new Insets(8));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("acqRoundDetail");
        showNothing();
    }

    Node root() {
        return root;
    }

    FlowPane moves() {
        return moves;
    }

    FlowPane papers() {
        return papers;
    }

    void showNothing() {
        heading.setText(messages.get("acquisition.ui.round.none"));
        fields.getChildren().clear();
        people.getChildren().clear();
        warnings.getChildren().clear();
        spent.setText("");
        moves.getChildren().clear();
        papers.getChildren().clear();
        content.setDisable(true);
    }

    void show(PurchaseRound round, RoundCost cost) {
        content.setDisable(false);
        heading.setText(round.name() + "  \u00b7  " + messages.label("acquisition.status", round.status()));
        fields.getChildren().clear();
        int row = 0;
        row = field(row, "acquisition.ui.round.coordinator", words.name(round.coordinatorId()), "acqCoordinator");
        row = field(row, "acquisition.ui.round.budget", words.money(round.budget()), "acqBudget");
        row = field(row, "acquisition.ui.round.deadline", words.date(round.deadline()), "acqDeadline");
        row = field(row, "acquisition.ui.round.split", messages.label("acquisition.split", round.splitRule()),
                "acqSplit");
        row = field(row, "acquisition.ui.round.cap", round.memberCap() == null
                ? messages.get("acquisition.ui.round.capNone") : words.money(round.memberCap()), "acqCap");
        if (!round.notes().isEmpty()) {
            field(row, "acquisition.ui.round.notes", round.notes(), "acqNotes");
        }
        spent.setText(messages.get("acquisition.ui.round.spent", words.money(cost.total()),
                words.money(round.budget()), percent(cost.total(), round.budget())));
        warnings.getChildren().clear();
        for (BudgetWarning warning : cost.raised()) {
            Label label = new Label(warningText(warning));
            label.setWrapText(true);
            label.getStyleClass().add(warning.level() == WarningLevel.PASSED ? "verdict-refused" : "verdict-warn");
            label.setId(warning.forRound() ? "acqWarningRound" : "acqWarning-" + words.code(warning.memberId()));
            warnings.getChildren().add(label);
        }
        people.getChildren().clear();
        int line = 0;
        Map<Long, Money> shares = cost.shares();
        for (var entry : round.participants().entrySet()) {
            Label name = new Label(words.name(entry.getKey()));
            name.setWrapText(true);
            Label weight = new Label(words.share(round, entry.getValue()));
            Label share = new Label(words.money(shares.getOrDefault(entry.getKey(), Money.ZERO)));
            share.setId("acqShare-" + words.code(entry.getKey()));
            share.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            weight.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            people.addRow(line++, name, weight, share);
        }
    }

    private String warningText(BudgetWarning warning) {
        String limit = warning.forRound() ? messages.get("acquisition.ui.warning.budget")
                : messages.get("acquisition.ui.warning.cap", words.name(warning.memberId()));
        return "\u26a0 " + messages.get(warning.level() == WarningLevel.PASSED ? "acquisition.ui.warning.passed"
                : "acquisition.ui.warning.approaching", limit, words.money(warning.spent()),
                words.money(warning.limit()), percent(warning.spent(), warning.limit()));
    }

    /** Whole percent, rounded down, so "100 %" is never shown before the limit is reached. */
    private static long percent(Money spent, Money limit) {
        return limit.rupiah() == 0 ? 0 : Math.multiplyExact(spent.rupiah(), 100L) / limit.rupiah();
    }

    private int field(int row, String labelKey, String value, String id) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add(Styles.MUTED);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label shown = new Label(value);
        shown.setId(id);
        shown.setWrapText(true);
        fields.addRow(row, label, shown);
        return row + 1;
    }
}
