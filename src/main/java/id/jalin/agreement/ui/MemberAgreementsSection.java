package id.jalin.agreement.ui;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.AgreementSummary;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.ui.DetailSection;
import java.util.function.LongConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** The member form's list of the agreements the member is a party to; double-click opens one. */
public final class MemberAgreementsSection implements DetailSection {
    private final AgreementService service;
    private final TaskExecutor executor;
    private final LongConsumer openAgreement;

    public MemberAgreementsSection(AgreementService service, TaskExecutor executor, LongConsumer openAgreement) {
        this.service = service;
        this.executor = executor;
        this.openAgreement = openAgreement;
    }

    @Override
    public Node create(Messages messages, ObservableValue<Long> libraryId) {
        TableView<AgreementSummary> table = new TableView<>();
        table.setId("memberAgreements");
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(table, messages.get("agreement.member.none"));
        table.getColumns().add(TextColumns.of(messages.get("agreement.field.number"), AgreementSummary::number));
        table.getColumns().add(TextColumns.of(messages.get("agreement.field.titleId"), AgreementSummary::titleId));
        table.getColumns().add(TextColumns.of(messages.get("agreement.field.status"),
                s -> messages.label("agreement.status", s.status())));
        table.setRowFactory(view -> {
            TableRow<AgreementSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openAgreement.accept(row.getItem().id());
                }
            });
            return row;
        });
        Runnable refresh = () -> {
            Long id = libraryId.getValue();
            if (id == null) {
                table.getItems().clear();
                return;
            }
            executor.execute(BackgroundTask.wrap(progress -> service.agreementsOf(id)).titled(messages.get("agreement.task.ofMember"))
                    .onSuccess(rows -> {
                        if (id.equals(libraryId.getValue())) {
                            table.getItems().setAll(rows);
                        }
                    }));
        };
        libraryId.addListener((obs, old, now) -> refresh.run());
        refresh.run();
        Label hint = new Label(messages.get("agreement.member.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        TitledPane pane = new TitledPane(messages.get("agreement.member.title"), new VBox(6, table, hint));
        pane.setCollapsible(false);
        pane.getStyleClass().add(Styles.FORM_SECTION);
        return pane;
    }
}
