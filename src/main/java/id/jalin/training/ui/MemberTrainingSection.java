package id.jalin.training.ui;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.DetailSection;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.training.domain.AttendedEvent;
import id.jalin.training.domain.TrainingService;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** In a member's detail: the events its staff took part in, newest first, with attendance and certificate. */
public final class MemberTrainingSection implements DetailSection {
    private final TrainingService training;
    private final TaskExecutor executor;

    public MemberTrainingSection(TrainingService training, TaskExecutor executor) {
        this.training = training;
        this.executor = executor;
    }

    @Override
    public Node create(Messages messages, ObservableValue<Long> libraryId) {
        TableView<AttendedEvent> table = new TableView<>();
        table.setId("memberTraining");
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(table, messages.get("training.ui.member.none"));
        var dates = messages.inputDateFormat();
        table.getColumns().add(TextColumns.of(messages.get("training.ui.event.startsOn"),
                row -> row.startsOn() == null ? "" : dates.format(row.startsOn())));
        table.getColumns().add(TextColumns.of(messages.get("training.ui.event.title"),
                row -> messages.language() == Language.ENGLISH && !row.titleEn().isEmpty() ? row.titleEn()
                        : row.titleId()));
        table.getColumns().add(TextColumns.of(messages.get("training.ui.registration.name"),
                AttendedEvent::personName));
        table.getColumns().add(TextColumns.of(messages.get("training.ui.registration.role"),
                row -> messages.label("training.role", row.role())));
        table.getColumns().add(TextColumns.of(messages.get("training.ui.attendance.attended"),
                row -> row.attended() + "/" + row.sessions()));
        table.getColumns().add(TextColumns.of(messages.get("training.ui.certificate.number"),
                AttendedEvent::certificateNumber));
        Runnable refresh = () -> {
            Long id = libraryId.getValue();
            if (id == null) {
                table.getItems().clear();
                return;
            }
            executor.execute(BackgroundTask.wrap(progress -> training.attendedBy(id))
                    .titled(messages.get("training.ui.task.member")).onSuccess(rows -> {
                        if (id.equals(libraryId.getValue())) {
                            table.getItems().setAll(rows);
                        }
                    })
                    // the member's own fields matter more: a failure here leaves the list saying so, no dialog
                    .onFailure(failure -> {
                        table.getItems().clear();
                        table.setPlaceholder(new Label(messages.get("training.ui.member.failed")));
                    }));
        };
        libraryId.addListener((obs, old, now) -> refresh.run());
        refresh.run();
        TitledPane pane = new TitledPane(messages.get("training.ui.member.heading"), new VBox(6, table));
        pane.setCollapsible(false);
        pane.getStyleClass().add(id.jalin.kernel.ui.Styles.FORM_SECTION);
        return pane;
    }
}
