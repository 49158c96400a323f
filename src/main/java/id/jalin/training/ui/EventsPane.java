package id.jalin.training.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.PagedTable;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.kernel.ui.StaleRecordHandler;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.EventListing;
import id.jalin.training.domain.EventSort;
import id.jalin.training.domain.EventStatus;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingMember;
import id.jalin.training.domain.TrainingService;
import id.jalin.training.domain.TrainingSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The events: a paged list with filters or the month calendar (switchable), the chosen event beside them with its
 * status moves and sessions, a new event, the calendar exported as iCalendar, and the certificate check.
 */
final class EventsPane {
    private final TrainingService training;
    private final ScreenTasks tasks;
    private final TrainingWords words;
    private final Messages messages;
    private final FileDialogs files;
    private final FileOpener opener;
    private final EventListModel model;
    private final MonthCalendar<Long> calendar;
    private final EventDetailView detail;
    private final TableView<EventListing> table = new TableView<>();
    private final Button newEvent = new Button();
    private final BorderPane root = new BorderPane();
    /** The event open beside the list, read with its sessions; the other tabs follow it. */
    private final ObjectProperty<EventDetail> shown = new SimpleObjectProperty<>();
    private EventListing shownSeats;

    EventsPane(TrainingService training, ScreenTasks tasks, TrainingWords words, FileDialogs files,
               FileOpener opener) {
        this.training = training;
        this.tasks = tasks;
        this.words = words;
        this.messages = words.messages();
        this.files = files;
        this.opener = opener;
        this.model = new EventListModel(training, tasks.executor(), failure -> tasks.fail(messages.get(
                "training.ui.nav"), failure));
        this.calendar = new MonthCalendar<>(messages, training::today);
        this.detail = new EventDetailView(words);
        build();
    }

    Node root() {
        return root;
    }

    ObjectProperty<EventDetail> shown() {
        return shown;
    }

    /** Once the members are known: the list is read and the buttons the reader may use offered. */
    void start() {
        newEvent.setVisible(!hosts(null).isEmpty());
        newEvent.setManaged(newEvent.isVisible());
        model.refresh();
        readMonth();
    }

    private void build() {
        newEvent.setText(messages.get("training.ui.event.new"));
        newEvent.setId("trNewEvent");
        newEvent.setMinWidth(Region.USE_PREF_SIZE);
        newEvent.setOnAction(event -> startEvent());
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.setId("trKindFilter");
        List<EventKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(EventKind.values()));
        kind.getItems().setAll(kinds);
        kind.setConverter(ShownAs.words(value -> value == null ? messages.get("training.ui.filter.anyKind")
                : messages.label("training.kind", value)));
        kind.setValue(null);
        kind.valueProperty().addListener((obs, old, now) -> model.kind.set(now));
        ComboBox<EventStatus> status = new ComboBox<>();
        status.setId("trStatusFilter");
        List<EventStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(List.of(EventStatus.values()));
        status.getItems().setAll(statuses);
        status.setConverter(ShownAs.words(value -> value == null ? messages.get("training.ui.filter.anyStatus")
                : words.status(value)));
        status.setValue(null);
        status.valueProperty().addListener((obs, old, now) -> model.status.set(now));
        TextField search = new TextField();
        search.setId("trEventSearch");
        id.jalin.kernel.ui.ScreenPlace.keepText(search);
        search.setPromptText(messages.get("training.ui.filter.search"));
        search.setPrefColumnCount(16);
        PagedTable.debounce(search, model.search);
        ToggleGroup views = new ToggleGroup();
        ToggleButton asList = new ToggleButton(messages.get("training.ui.view.list"));
        asList.setId("trViewList");
        ToggleButton asCalendar = new ToggleButton(messages.get("training.ui.view.calendar"));
        asCalendar.setId("trViewCalendar");
        for (ToggleButton toggle : List.of(asList, asCalendar)) {
            toggle.setToggleGroup(views);
            toggle.setMinWidth(Region.USE_PREF_SIZE);
        }
        asList.setSelected(true);
        // one of the two is always shown: clicking the chosen one again keeps it
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                views.selectToggle(old);
            }
        });
        Button export = new Button(messages.get("training.ui.ics.export"));
        export.setId("trExportIcs");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setOnAction(event -> exportCalendar());
        Button check = new Button(messages.get("training.ui.check.open"));
        check.setId("trCheckCertificate");
        check.setMinWidth(Region.USE_PREF_SIZE);
        check.setOnAction(event -> new CertificateCheck(training, tasks, words).showDialog());
        HBox toggles = new HBox(0, asList, asCalendar);
        FlowPane top = new FlowPane(8, 8, newEvent, toggles, kind, status, search, export, check);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));
        buildTable();
        BorderPane list = new BorderPane(table);
        list.setBottom(PagedTable.pager(model.rows(), messages, "trEventPager"));
        Node month = calendar.root();
        month.visibleProperty().bind(asCalendar.selectedProperty());
        list.visibleProperty().bind(asList.selectedProperty());
        calendar.monthProperty().addListener((obs, old, now) -> readMonth());
        calendar.onOpen(this::open);
        SplitPane split = new SplitPane(new StackPane(list, month), detail.root());
        split.setDividerPositions(0.6);
        root.setCenter(split);
        root.setTop(top);
        root.setPadding(new Insets(8));
        buildSessionButtons();
    }

    private void buildTable() {
        table.setId("trEventTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        EmptyListText.on(table, messages.get("training.ui.event.empty"));
        TableColumn<EventListing, String> starts = TextColumns.of(messages.get("training.ui.event.startsOn"),
                row -> words.shortDate(row.event().startsOn()));
        starts.setPrefWidth(95);
        starts.setMinWidth(90);
        TableColumn<EventListing, String> title = TextColumns.of(messages.get("training.ui.event.title"),
                row -> words.title(row.event()));
        title.setPrefWidth(230);
        TableColumn<EventListing, String> statusColumn = TextColumns.of(messages.get("training.ui.event.status"),
                row -> words.status(row.event().status()));
        statusColumn.setPrefWidth(110);
        statusColumn.setMinWidth(90);
        TableColumn<EventListing, String> seats = TextColumns.of(messages.get("training.ui.event.seatsShort"),
                row -> row.registered() + "/" + row.event().capacity()
                        + (row.waiting() > 0 ? " (+" + row.waiting() + ")" : ""));
        seats.setPrefWidth(75);
        seats.setMinWidth(70);
        // the kind is filtered above and shown beside the list: the list keeps its width for the title
        table.getColumns().setAll(List.of(starts, title, statusColumn, seats));
        Map<TableColumn<EventListing, ?>, EventSort> sortable = new LinkedHashMap<>();
        sortable.put(starts, EventSort.STARTS);
        sortable.put(title, EventSort.TITLE);
        sortable.put(statusColumn, EventSort.STATUS);
        PagedTable.bind(table, model.rows(), sortable);
        model.rows().rows().addListener((javafx.collections.ListChangeListener<EventListing>) change -> {
            if (shown.get() == null && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                asked.choose(table, listed -> listed.event().id(), this::open);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (shown.get() == null || !now.event().id().equals(shown.get().event().id()))) {
                open(now.event().id());
            }
        });
    }

    private void buildSessionButtons() {
        Button add = new Button(messages.get("training.ui.session.add"));
        add.setId("trAddSession");
        add.setOnAction(event -> {
            EventDetail now = shown.get();
            if (now != null) {
                TrainingEvent open = now.event();
                LocalDate day = now.sessions().isEmpty() ? open.startsOn()
                        : now.sessions().get(now.sessions().size() - 1).heldOn();
                askSession(new SessionDialog(messages, TrainingSession.of(open.id(), day, null, null, "", "")),
                        Map.of());
            }
        });
        Button edit = new Button(messages.get("training.ui.session.edit"));
        edit.setId("trEditSession");
        edit.disableProperty().bind(detail.sessions().getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> {
            TrainingSession chosen = detail.sessions().getSelectionModel().getSelectedItem();
            if (chosen != null) {
                askSession(new SessionDialog(messages, chosen), Map.of());
            }
        });
        Button remove = new Button(messages.get("training.ui.session.remove"));
        remove.setId("trRemoveSession");
        remove.disableProperty().bind(detail.sessions().getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> removeSession(detail.sessions().getSelectionModel().getSelectedItem()));
        for (Button button : List.of(add, edit, remove)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        sessionButtonsOffered = List.of(add, edit, remove);
    }

    private List<Button> sessionButtonsOffered = List.of();
    private final id.jalin.kernel.ui.AskedRow asked = new id.jalin.kernel.ui.AskedRow();

    /** The event to open once the list is read, instead of its first. */
    void openWhenListed(long eventId) {
        asked.ask(eventId);
    }

    /** Reads the event again with its sessions and seats, and shows it beside the list. */
    void open(long eventId) {
        tasks.run(messages.get("training.ui.task.open"), progress -> training.detail(eventId).map(found ->
                new Opened(found, seatsOf(found.event()))), opened -> opened.ifPresentOrElse(now -> {
                    shownSeats = now.seats();
                    detail.show(now.detail(), now.seats());
                    offerMoves(now.detail().event());
                    shown.set(now.detail());
                }, () -> {
                    shown.set(null);
                    detail.showNothing();
                }));
    }

    private EventListing seatsOf(TrainingEvent event) {
        var registrations = training.registrations(event.id());
        int registered = (int) registrations.stream().filter(r -> r.holdsPlace() && r.role().takesSeat()).count();
        int waiting = (int) registrations.stream().filter(r -> r.status()
                == id.jalin.training.domain.RegistrationStatus.WAITING).count();
        return new EventListing(event, registered, waiting);
    }

    private record Opened(EventDetail detail, EventListing seats) {
    }

    /** After registrations or attendance changed elsewhere: the list, the month and the event read again. */
    void changed() {
        EventDetail now = shown.get();
        model.reload(now == null ? null : () -> open(now.event().id()));
        readMonth();
    }

    private void offerMoves(TrainingEvent event) {
        FlowPane moves = detail.moves();
        moves.getChildren().clear();
        detail.sessionButtons().getChildren().clear();
        if (!training.mayManage(event)) {
            return;
        }
        detail.sessionButtons().getChildren().setAll(sessionButtonsOffered);
        if (event.status() != EventStatus.HELD && event.status() != EventStatus.CANCELLED) {
            Button edit = new Button(messages.get("training.ui.event.edit"));
            edit.setId("trEditEvent");
            edit.setMinWidth(Region.USE_PREF_SIZE);
            edit.setOnAction(action -> editEvent(event));
            moves.getChildren().add(edit);
        }
        for (EventStatus to : EventStatus.values()) {
            if (event.status().mayMoveTo(to)) {
                Button move = new Button(moveLabel(to));
                move.setId("trMove-" + to.name());
                move.setMinWidth(Region.USE_PREF_SIZE);
                move.setOnAction(action -> move(event, to));
                moves.getChildren().add(move);
            }
        }
    }

    private String moveLabel(EventStatus to) {
        return messages.get(switch (to) {
            case PLANNED -> "training.ui.move.planned";
            case OPEN -> "training.ui.move.open";
            case FULL -> "training.ui.move.full";
            case CLOSED -> "training.ui.move.closed";
            case HELD -> "training.ui.move.held";
            case CANCELLED -> "training.ui.move.cancelled";
        });
    }

    private void move(TrainingEvent event, EventStatus to) {
        String title = moveLabel(to);
        if (to == EventStatus.CANCELLED && !tasks.dialogs().confirm(tasks.window(), title,
                messages.get("training.ui.move.cancelConfirm", words.title(event)), title)) {
            return;
        }
        tasks.run(title, progress -> training.move(event, to), result -> saved(result, title, "trainingEvent",
                event.id(), null));
    }

    /** Members the reader may make host; {@code current} (an event's own host) first when it is not among them. */
    private List<TrainingMember> hosts(TrainingMember current) {
        List<TrainingMember> hosts = new ArrayList<>(words.members().stream().filter(TrainingMember::active)
                .filter(member -> training.mayManage(draft(member.id()))).toList());
        if (current != null && !hosts.contains(current)) {
            hosts.add(0, current);
        }
        return hosts;
    }

    private TrainingEvent draft(long hostId) {
        LocalDate start = training.today().plusDays(30);
        return TrainingEvent.planned(EventKind.TRAINING, "", "", hostId, "", start, start, start.minusDays(7), 30,
                null, Money.ZERO, "", "", "", "");
    }

    private void startEvent() {
        List<TrainingMember> hosts = hosts(null);
        if (hosts.isEmpty()) {
            return;
        }
        long own = training.ownLibrary().filter(id -> hosts.stream().anyMatch(m -> m.id() == id))
                .orElse(hosts.get(0).id());
        askEvent(new EventDialog(words, draft(own), hosts), Map.of());
    }

    private void editEvent(TrainingEvent event) {
        TrainingMember current = words.members().stream().filter(m -> m.id() == event.hostId()).findFirst()
                .orElse(null);
        askEvent(new EventDialog(words, event, hosts(current)), Map.of());
    }

    private void askEvent(EventDialog dialog, Map<String, String> errors) {
        dialog.ask(tasks.window(), errors).ifPresent(typed -> {
            if (!typed.errors().isEmpty()) {
                // asked again once this dialog has gone, with what was typed still in its fields
                Platform.runLater(() -> askEvent(dialog, typed.errors()));
                return;
            }
            TrainingEvent event = typed.event();
            String title = messages.get(event.id() == null ? "training.ui.event.newTitle"
                    : "training.ui.event.editTitle");
            tasks.run(title, progress -> training.saveEvent(event), result -> {
                if (result instanceof SaveResult.Invalid<TrainingEvent> invalid) {
                    askEvent(dialog, words.byField(invalid.validation().errors()));
                } else {
                    saved(result, title, "trainingEvent", event.id(), conflictVersion -> {
                        dialog.atVersion(conflictVersion);
                        askEvent(dialog, Map.of());
                    });
                }
            });
        });
    }

    /** After a save of the event: shown again, or the refusal in words, or the conflict asked about. */
    private void saved(SaveResult<TrainingEvent> result, String title, String kind, Long id,
                       Consumer<Long> keepMine) {
        if (result instanceof SaveResult.Saved<TrainingEvent> saved) {
            long savedId = saved.value().id();
            model.reload(() -> {
                // choosing another row in the list opens it; the same row (a change, a move) is opened here
                Long before = shown.get() == null ? null : shown.get().event().id();
                if (!select(savedId) || Long.valueOf(savedId).equals(before)) {
                    open(savedId);
                }
            });
            readMonth();
        } else if (result instanceof SaveResult.Invalid<TrainingEvent> invalid) {
            tasks.dialogs().error(tasks.window(), title, words.errors(invalid.validation().errors()));
        } else if (result instanceof SaveResult.Conflict conflict) {
            StaleRecordHandler.withDialogs(messages, tasks::window).handle(conflict, kind,
                    () -> model.reload(id == null ? null : () -> open(id)), keepMine == null || conflict.deleted()
                            || id == null ? null : () -> tasks.run(title, progress -> training.event(id), stored ->
                            stored.ifPresent(now -> keepMine.accept(now.version()))));
        }
    }

    private void askSession(SessionDialog dialog, Map<String, String> errors) {
        dialog.ask(tasks.window(), errors).ifPresent(typed -> {
            if (!typed.errors().isEmpty()) {
                Platform.runLater(() -> askSession(dialog, typed.errors()));
                return;
            }
            TrainingSession session = typed.session();
            String title = messages.get(session.id() == null ? "training.ui.session.newTitle"
                    : "training.ui.session.editTitle");
            tasks.run(title, progress -> training.saveSession(session), result -> {
                if (result instanceof SaveResult.Saved<TrainingSession>) {
                    open(session.eventId());
                    readMonth();
                } else if (result instanceof SaveResult.Invalid<TrainingSession> invalid) {
                    askSession(dialog, words.byField(invalid.validation().errors()));
                } else if (result instanceof SaveResult.Conflict conflict) {
                    StaleRecordHandler.withDialogs(messages, tasks::window).handle(conflict, "trainingSession",
                            () -> open(session.eventId()), null);
                }
            });
        });
    }

    private void removeSession(TrainingSession session) {
        if (session == null) {
            return;
        }
        String title = messages.get("training.ui.session.remove");
        if (!tasks.dialogs().confirm(tasks.window(), title, messages.get("training.ui.session.removeConfirm",
                session.topic(), words.shortDate(session.heldOn())), title)) {
            return;
        }
        tasks.run(title, progress -> training.removeSession(session), result -> {
            if (result instanceof SaveResult.Invalid<TrainingSession> invalid) {
                tasks.dialogs().error(tasks.window(), title, words.errors(invalid.validation().errors()));
            } else if (result instanceof SaveResult.Conflict conflict) {
                StaleRecordHandler.withDialogs(messages, tasks::window).handle(conflict, "trainingSession",
                        () -> open(session.eventId()), null);
            } else {
                open(session.eventId());
                readMonth();
            }
        });
    }

    /** Chooses the event's row; false when the list (filtered, another page) does not show it. */
    private boolean select(long eventId) {
        var row = table.getItems().stream().filter(listed -> listed.event().id() == eventId).findFirst();
        row.ifPresent(listed -> table.getSelectionModel().select(listed));
        return row.isPresent();
    }

    /** The calendar's weeks with every session in them, read again whenever the month changes. */
    private void readMonth() {
        LocalDate from = calendar.firstShown();
        LocalDate to = calendar.lastShown();
        tasks.run(messages.get("training.ui.task.month"), progress -> training.between(from, to), events -> {
            List<MonthCalendar.Entry<Long>> entries = new ArrayList<>();
            for (EventDetail event : events) {
                String title = words.title(event.event());
                if (event.sessions().isEmpty()) {
                    entries.add(new MonthCalendar.Entry<>(event.event().startsOn(), title, event.event().id()));
                }
                for (TrainingSession session : event.sessions()) {
                    entries.add(new MonthCalendar.Entry<>(session.heldOn(), TrainingWords.time(session.startsAt())
                            + " " + title, event.event().id()));
                }
            }
            entries.sort(java.util.Comparator.comparing(MonthCalendar.Entry<Long>::date)
                    .thenComparing(MonthCalendar.Entry::text));
            calendar.show(entries);
        });
    }

    /** The calendar as an iCalendar file: a year of events from the month shown, sessions in Jakarta time. */
    private void exportCalendar() {
        String title = messages.get("training.ui.ics.export");
        LocalDate from = calendar.monthProperty().get().atDay(1);
        LocalDate to = from.plusYears(1).minusDays(1);
        files.save(tasks.window(), title, FileDialogs.FileKind.ICS, messages.get("training.ui.ics.fileName")
                + ".ics").ifPresent(path -> tasks.runLong(title, progress -> {
                    String ics = training.calendar(from, to, messages);
                    new AtomicFileWriter().write(path, out -> out.write(ics.getBytes(StandardCharsets.UTF_8)));
                    return path;
                }, written -> new FileWrittenNotice(messages, opener).show(tasks.window(),
                        messages.get("training.ui.ics.written"), written, false)));
    }

    /** The month calendar, for the screen's tests. */
    MonthCalendar<Long> calendar() {
        return calendar;
    }

    EventListing shownSeats() {
        return shownSeats;
    }
}
