package id.jalin.training.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.EventListing;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingSession;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One event beside the list: its title in the language shown, the moves its status and the reader allow, its
 * fields (kind, host, venue, days, deadline, seats, quota, fee and what it covers, contact, attendance rule) and
 * its sessions with their buttons.
 */
final class EventDetailView {
    private final TrainingWords words;
    private final Messages messages;
    private final Label heading = new Label();
    private final GridPane fields = new GridPane();
    private final FlowPane moves = new FlowPane(8, 8);
    private final FlowPane sessionButtons = new FlowPane(8, 8);
    private final TableView<TrainingSession> sessions = new TableView<>();
    private final ScrollPane root;

    EventDetailView(TrainingWords words) {
        this.words = words;
        this.messages = words.messages();
        heading.setId("trEventHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        fields.setId("trEventFields");
        fields.setHgap(12);
        fields.setVgap(4);
        moves.setId("trEventMoves");
        sessionButtons.setId("trSessionButtons");
        sessions.setId("trSessionTable");
        sessions.setPrefHeight(170);
        sessions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(sessions, messages.get("training.ui.session.empty"));
        var day = TextColumns.<TrainingSession>of(messages.get("training.ui.session.day"),
                session -> words.shortDate(session.heldOn()));
        day.setMinWidth(90);
        var time = TextColumns.<TrainingSession>of(messages.get("training.ui.session.time"), words::times);
        time.setMinWidth(90);
        sessions.getColumns().add(day);
        sessions.getColumns().add(time);
        sessions.getColumns().add(TextColumns.of(messages.get("training.ui.session.topic"), TrainingSession::topic));
        sessions.getColumns().add(TextColumns.of(messages.get("training.ui.session.speaker"),
                TrainingSession::speaker));
        Label sessionsHeading = new Label(messages.get("training.ui.session.heading"));
        sessionsHeading.getStyleClass().add(Styles.FORM_SECTION);
        VBox content = new VBox(8, heading, moves, fields, sessionsHeading, sessionButtons, sessions);
        content.setPadding(new Insets(8));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("trEventDetail");
        showNothing();
    }

    Node root() {
        return root;
    }

    FlowPane moves() {
        return moves;
    }

    FlowPane sessionButtons() {
        return sessionButtons;
    }

    TableView<TrainingSession> sessions() {
        return sessions;
    }

    void showNothing() {
        heading.setText(messages.get("training.ui.event.none"));
        fields.getChildren().clear();
        moves.getChildren().clear();
        sessionButtons.getChildren().clear();
        sessions.getItems().clear();
    }

    void show(EventDetail detail, EventListing seats) {
        TrainingEvent event = detail.event();
        heading.setText(words.title(event));
        fields.getChildren().clear();
        int row = 0;
        row = field(row, "training.ui.event.kind", messages.label("training.kind", event.kind()));
        row = field(row, "training.ui.event.status", words.status(event.status()));
        if (!event.titleEn().isEmpty() && !event.titleEn().equals(words.title(event))) {
            row = field(row, "training.ui.event.titleEn", event.titleEn());
        }
        if (!event.titleId().equals(words.title(event))) {
            row = field(row, "training.ui.event.titleId", event.titleId());
        }
        row = field(row, "training.ui.event.host", words.memberName(event.hostId()));
        row = field(row, "training.ui.event.venue", event.venue());
        row = field(row, "training.ui.event.days", words.days(event));
        row = field(row, "training.ui.event.deadline", words.date(event.registrationDeadline()));
        row = field(row, "training.ui.event.seats", seats == null
                ? messages.get("training.ui.event.capacityOnly", event.capacity())
                : messages.get("training.ui.event.seatsTaken", seats.registered(), event.capacity(), seats.waiting()));
        if (event.memberQuota() != null) {
            row = field(row, "training.ui.event.quota", String.valueOf(event.memberQuota()));
        }
        row = field(row, "training.ui.event.fee", event.fee().rupiah() == 0 ? messages.get("training.ui.event.free")
                : words.money(event.fee()));
        if (!event.feeCovers().isEmpty()) {
            row = field(row, "training.ui.event.feeCovers", event.feeCovers());
        }
        String contact = String.join(" \u00b7 ", java.util.stream.Stream.of(event.contactName(),
                event.contactPhone(), event.contactEmail()).filter(text -> !text.isEmpty()).toList());
        if (!contact.isEmpty()) {
            row = field(row, "training.ui.event.contact", contact);
        }
        field(row, "training.ui.event.percent", messages.get("training.ui.event.percentShown",
                event.attendancePercent()));
        sessions.getItems().setAll(detail.sessions());
    }

    private int field(int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add(Styles.MUTED);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("trField-" + key.substring(key.lastIndexOf('.') + 1));
        fields.add(name, 0, row);
        fields.add(text, 1, row);
        return row + 1;
    }
}
