package id.jalin.loan.ui;

import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.loan.domain.MemberLoanFigures;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/**
 * Who lends and who borrows, for a period: per member as borrower and as lender, requests, filled, fill rate,
 * average days from request to receipt, and overdue today; exported as a workbook with typed cells.
 */
final class LoanFiguresView {
    private final LoanWords words;
    private final TableView<MemberLoanFigures> table = new TableView<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Button show;
    private final Button export;
    private final BorderPane root = new BorderPane();

    LoanFiguresView(LoanWords words, LocalDate today) {
        this.words = words;
        var messages = words.messages();
        from = LocalizedDatePicker.create(messages);
        from.setId("loanFiguresFrom");
        from.setValue(today.withDayOfYear(1));
        to = LocalizedDatePicker.create(messages);
        to.setId("loanFiguresTo");
        to.setValue(today);
        show = new Button(messages.get("loan.figures.show"));
        show.setId("loanFiguresShow");
        export = new Button(messages.get("loan.figures.export"));
        export.setId("loanFiguresExport");
        table.setId("loanFigures");
        EmptyListText.on(table, messages.get("loan.figures.empty"));
        NumberFormat percent = NumberFormat.getPercentInstance(messages.language().locale());
        percent.setMaximumFractionDigits(0);
        NumberFormat days = NumberFormat.getNumberInstance(messages.language().locale());
        days.setMaximumFractionDigits(1);
        days.setMinimumFractionDigits(1);
        TableColumn<MemberLoanFigures, String> member = TextColumns.of(messages.get("loan.figures.member"),
                figure -> words.code(figure.memberId()));
        table.getColumns().setAll(List.of(member,
                number(messages.get("loan.figures.borrowed"), figure -> String.valueOf(figure.borrowed())),
                number(messages.get("loan.figures.filled"), figure -> String.valueOf(figure.borrowedFilled())),
                number(messages.get("loan.figures.fill_rate"), rate(percent, MemberLoanFigures::borrowFillRate)),
                number(messages.get("loan.figures.turnaround"), rate(days, MemberLoanFigures::borrowTurnaroundDays)),
                number(messages.get("loan.figures.overdue"), figure -> String.valueOf(figure.borrowOverdue())),
                number(messages.get("loan.figures.lent"), figure -> String.valueOf(figure.lent())),
                number(messages.get("loan.figures.lent_filled"), figure -> String.valueOf(figure.lentFilled())),
                number(messages.get("loan.figures.lend_rate"), rate(percent, MemberLoanFigures::lendFillRate)),
                number(messages.get("loan.figures.lend_turnaround"),
                        rate(days, MemberLoanFigures::lendTurnaroundDays)),
                number(messages.get("loan.figures.lend_overdue"), figure -> String.valueOf(figure.lendOverdue()))));
        Label hint = new Label(messages.get("loan.figures.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        FlowPane bar = new FlowPane(8, 8, new Label(messages.get("loan.figures.from")), from,
                new Label(messages.get("loan.figures.to")), to, show, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(hint);
        top.setTop(bar);
        BorderPane.setMargin(hint, new Insets(6, 0, 6, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setPadding(new Insets(8));
    }

    private static TableColumn<MemberLoanFigures, String> number(String heading,
                                                                 Function<MemberLoanFigures, String> value) {
        TableColumn<MemberLoanFigures, String> column = TextColumns.of(heading, value);
        column.getStyleClass().add(Styles.NUMERIC);
        return column;
    }

    private static Function<MemberLoanFigures, String> rate(NumberFormat format,
                                                            Function<MemberLoanFigures, Double> value) {
        return figure -> value.apply(figure) == null ? "" : format.format(value.apply(figure));
    }

    Node root() {
        return root;
    }

    DatePicker from() {
        return from;
    }

    DatePicker to() {
        return to;
    }

    Button show() {
        return show;
    }

    Button export() {
        return export;
    }

    void show(List<MemberLoanFigures> figures) {
        table.getItems().setAll(figures);
    }

    /** The figures shown, as a workbook: counts as numbers, rates as percentages, days with one decimal. */
    ExportTable exportTable() {
        var messages = words.messages();
        ExportTable.Builder builder = ExportTable.builder(messages.get("loan.figures.sheet"))
                .column(messages.get("loan.figures.member"), ColumnKind.TEXT)
                .column(messages.get("loan.figures.member_name"), ColumnKind.TEXT)
                .column(messages.get("loan.figures.borrowed"), ColumnKind.INTEGER)
                .column(messages.get("loan.figures.filled"), ColumnKind.INTEGER)
                .column(messages.get("loan.figures.fill_rate"), ColumnKind.PERCENT)
                .column(messages.get("loan.figures.turnaround"), ColumnKind.DECIMAL)
                .column(messages.get("loan.figures.overdue"), ColumnKind.INTEGER)
                .column(messages.get("loan.figures.lent"), ColumnKind.INTEGER)
                .column(messages.get("loan.figures.lent_filled"), ColumnKind.INTEGER)
                .column(messages.get("loan.figures.lend_rate"), ColumnKind.PERCENT)
                .column(messages.get("loan.figures.lend_turnaround"), ColumnKind.DECIMAL)
                .column(messages.get("loan.figures.lend_overdue"), ColumnKind.INTEGER);
        for (MemberLoanFigures figure : table.getItems()) {
            var member = words.member(figure.memberId());
            builder.row(words.code(figure.memberId()), member == null ? "" : member.name(), (long) figure.borrowed(),
                    (long) figure.borrowedFilled(), figure.borrowFillRate(), figure.borrowTurnaroundDays(),
                    (long) figure.borrowOverdue(), (long) figure.lent(), (long) figure.lentFilled(),
                    figure.lendFillRate(), figure.lendTurnaroundDays(), (long) figure.lendOverdue());
        }
        return builder.build();
    }
}
