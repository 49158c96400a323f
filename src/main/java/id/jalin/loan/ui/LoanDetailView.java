package id.jalin.loan.ui;

import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanEvent;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.RotaEntry;
import id.jalin.loan.domain.ServiceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One request as both desks read it: who asks whom for whom, the item, the dates, the rota with each lender's
 * answer, the whole history, and the steps the reader may take now.
 */
final class LoanDetailView {
    private final LoanWords words;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final FlowPane steps = new FlowPane(8, 8);
    private final FlowPane papers = new FlowPane(8, 8);

    LoanDetailView(LoanWords words) {
        this.words = words;
        root.setId("loanDetail");
        root.setFitToWidth(true);
        content.setPadding(new Insets(8, 12, 8, 12));
        showNothing();
    }

    Node root() {
        return root;
    }

    /** The buttons for printing and exporting, shown under the steps whenever a request is open. */
    FlowPane papers() {
        return papers;
    }

    void showNothing() {
        Label empty = new Label(words.messages().get("loan.detail.none"));
        empty.getStyleClass().add(Styles.MUTED);
        empty.setWrapText(true);
        content.getChildren().setAll(empty);
    }

    void show(LoanRequest request, List<LoanEvent> history, List<LoanAction> actions, LocalDate today,
              Consumer<LoanAction> take) {
        var messages = words.messages();
        Label heading = new Label(request.number() + "  \u00b7  " + words.label("loan.state", request.state()));
        heading.setId("loanDetailHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        List<Node> parts = new ArrayList<>(List.of(heading));
        if (request.overdueOn(today)) {
            Label overdue = new Label(messages.get("loan.detail.overdue", request.daysOverdueOn(today)));
            overdue.setId("loanDetailOverdue");
            overdue.setWrapText(true);
            overdue.getStyleClass().add(Styles.FIELD_ERROR);
            parts.add(overdue);
        }
        parts.add(facts(request));
        steps.getChildren().clear();
        for (LoanAction action : actions) {
            Button button = new Button(words.label("loan.action", action));
            button.setId("loanStep-" + action.name());
            button.setOnAction(event -> take.accept(action));
            steps.getChildren().add(button);
        }
        if (actions.isEmpty()) {
            Label none = new Label(messages.get(request.state().finished() ? "loan.detail.finished"
                    : "loan.detail.other_side"));
            none.getStyleClass().add(Styles.MUTED);
            none.setWrapText(true);
            steps.getChildren().add(none);
        }
        parts.add(section(messages.get("loan.detail.steps")));
        parts.add(steps);
        parts.add(papers);
        parts.add(section(messages.get("loan.detail.rota")));
        parts.add(rota(request));
        parts.add(section(messages.get("loan.detail.history")));
        parts.add(history(history));
        content.getChildren().setAll(parts);
    }

    private Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FORM_SECTION);
        return label;
    }

    private Node facts(LoanRequest request) {
        var messages = words.messages();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = fact(grid, row, "loan.detail.borrower", words.name(request.borrowerId()));
        row = fact(grid, row, "loan.detail.lender", words.name(request.lenderId()));
        row = fact(grid, row, "loan.detail.patron", request.patron().name() + " (" + request.patron().userId() + ", "
                + words.label("loan.patron", request.patron().kind()) + ")");
        row = fact(grid, row, "loan.detail.service", words.label("loan.service", request.service()));
        row = fact(grid, row, "loan.detail.title", request.item().title());
        row = fact(grid, row, "loan.detail.author", request.item().author());
        String published = String.join(", ", java.util.stream.Stream.of(request.item().publisher(),
                request.item().year() == null ? "" : String.valueOf(request.item().year()))
                .filter(text -> !text.isBlank()).toList());
        row = fact(grid, row, "loan.detail.published", published);
        row = fact(grid, row, "loan.detail.isbn", request.item().isbn());
        row = fact(grid, row, "loan.detail.kind", words.label("loan.item", request.item().kind()));
        if (request.service() == ServiceKind.COPY) {
            row = fact(grid, row, "loan.detail.pages", request.item().pages());
            row = fact(grid, row, "loan.detail.article", request.item().articleTitle());
            row = fact(grid, row, "loan.detail.copyright", request.copyrightNote());
        }
        row = fact(grid, row, "loan.detail.requested", messages.dateTime(request.requestedAt()));
        row = fact(grid, row, "loan.detail.needed_by", words.date(request.neededBy()));
        row = fact(grid, row, "loan.detail.condition", request.condition());
        row = fact(grid, row, "loan.detail.expected", words.date(request.expectedOn()));
        row = fact(grid, row, "loan.detail.shipped", words.date(request.shippedOn()));
        row = fact(grid, row, "loan.detail.due", words.date(request.dueOn()));
        if (request.shippedOn() != null && request.service() == ServiceKind.LOAN) {
            row = fact(grid, row, "loan.detail.renewals", messages.get("loan.detail.renewals_value",
                    request.renewalsUsed(), request.renewalsAllowed()));
        }
        if (request.fee().rupiah() > 0) {
            row = fact(grid, row, "loan.detail.fee", messages.money(request.fee()));
        }
        fact(grid, row, "loan.detail.note", request.note());
        return grid;
    }

    /** A line of the facts; an empty value leaves the line out rather than showing a bare label. */
    private int fact(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(words.messages().get(key));
        label.getStyleClass().add(Styles.MUTED);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(text, 1, row);
        return row + 1;
    }

    private Node rota(LoanRequest request) {
        TableView<RotaEntry> table = new TableView<>();
        table.setId("loanDetailRota");
        table.getItems().setAll(request.rota());
        table.setPrefHeight(34 + 28 * Math.min(6, request.rota().size()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RotaEntry, String> order = TextColumns.of("#", entry -> String.valueOf(entry.position()));
        order.setMaxWidth(40);
        TableColumn<RotaEntry, String> lender = TextColumns.of(words.messages().get("loan.detail.rota_library"),
                entry -> words.code(entry.lenderId()));
        TableColumn<RotaEntry, String> answer = TextColumns.of(words.messages().get("loan.detail.rota_answer"),
                entry -> words.label("loan.rota", entry.answer()));
        TableColumn<RotaEntry, String> reason = TextColumns.of(words.messages().get("loan.detail.rota_reason"),
                RotaEntry::reason);
        table.getColumns().setAll(List.of(order, lender, answer, reason));
        return table;
    }

    private Node history(List<LoanEvent> events) {
        VBox lines = new VBox(4);
        lines.setId("loanDetailHistory");
        var messages = words.messages();
        for (LoanEvent event : events) {
            StringBuilder text = new StringBuilder(messages.dateTime(event.at())).append(" \u2014 ")
                    .append(words.label("loan.action", event.action()));
            if (event.lenderId() != null) {
                text.append(" (").append(words.code(event.lenderId())).append(")");
            }
            if (event.date() != null) {
                text.append(" \u2014 ").append(messages.date(event.date()));
            }
            text.append(" \u2014 ").append(event.by());
            if (!event.note().isBlank()) {
                text.append("\n    ").append(event.note());
            }
            Label line = new Label(text.toString());
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        return lines;
    }
}
