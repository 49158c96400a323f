package id.jalin.access.ui;

import id.jalin.access.domain.User;
import id.jalin.access.domain.UserService;
import id.jalin.access.domain.WorkstationSignIn;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Who may log in: the list with role, library and state (active, disabled, locked until when), and the coordinator's
 * actions on the selected user. On the embedded database the "no login on this workstation" choice sits below.
 */
final class UsersView {
    private final UserService users;
    private final MemberService members;
    private final WorkstationSignIn workstation;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Messages messages;
    private final ObservableList<User> rows = FXCollections.observableArrayList();
    private final ObservableList<Library> libraries = FXCollections.observableArrayList();
    private Map<Long, Library> librariesById = Map.of();
    private final TableView<User> table = new TableView<>(rows);
    private final Label autoStatus = new Label();
    private final javafx.beans.property.BooleanProperty autoOn = new javafx.beans.property.SimpleBooleanProperty();
    private final BorderPane root = new BorderPane();

    UsersView(UserService users, MemberService members, WorkstationSignIn workstation, TaskExecutor executor,
              Clock clock, Messages messages) {
        this.users = users;
        this.members = members;
        this.workstation = workstation;
        this.executor = executor;
        this.clock = clock;
        this.messages = messages;
        root.setId("usersView");

        Label title = new Label(messages.get("access.users.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label explanation = new Label(messages.get("access.users.explanation"));
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(6, title, explanation, toolbar());
        top.setPadding(new Insets(12, 12, 8, 12));
        root.setTop(top);
        root.setCenter(table());
        BorderPane.setMargin(table, new Insets(0, 12, 0, 12));
        if (workstation.available()) {
            root.setBottom(workstationSection());
        }
        reload();
    }

    Node root() {
        return root;
    }

    private Node toolbar() {
        Button add = button("addUser", "access.users.add");
        add.setOnAction(event -> edit(null));
        Button edit = button("editUser", "access.users.edit");
        edit.setOnAction(event -> selected(this::edit));
        Button toggle = new Button();
        toggle.setId("toggleUserActive");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            User user = table.getSelectionModel().getSelectedItem();
            return messages.get(user != null && !user.active() ? "access.users.enable" : "access.users.disable");
        }, table.getSelectionModel().selectedItemProperty()));
        toggle.setOnAction(event -> selected(this::toggleActive));
        Button reset = button("resetPassword", "access.users.resetPassword");
        reset.setOnAction(event -> selected(this::resetPassword));
        Button unlock = button("unlockUser", "access.users.unlock");
        unlock.setOnAction(event -> selected(this::unlock));
        for (Button needsSelection : List.of(edit, toggle, reset, unlock)) {
            needsSelection.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        FlowPane bar = new FlowPane(8, 6, add, edit, toggle, reset, unlock);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private TableView<User> table() {
        table.setId("usersTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("access.users.empty")));
        table.getColumns().add(column("usersLogin", "access.user.login", User::loginName, 130));
        table.getColumns().add(column("usersName", "access.user.displayName", User::displayName, 220));
        table.getColumns().add(column("usersRole", "access.user.role",
                user -> messages.label("access.role", user.role()), 170));
        table.getColumns().add(column("usersLibrary", "access.user.library", this::libraryName, 220));
        table.getColumns().add(column("usersState", "access.users.state", this::state, 200));
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<User> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private TableColumn<User, String> column(String id, String key, Function<User, String> value, double width) {
        TableColumn<User, String> column = new TableColumn<>(messages.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    private String libraryName(User user) {
        Library library = user.memberLibraryId() == null ? null : librariesById.get(user.memberLibraryId());
        return library == null ? "" : library.code() + " \u2013 " + library.name();
    }

    private String state(User user) {
        if (!user.active()) {
            return messages.get("access.users.state.disabled");
        }
        if (user.isLocked(clock.instant())) {
            return messages.get("access.users.state.locked",
                    messages.dateTime(LocalDateTime.ofInstant(user.lockedUntil(), clock.getZone())));
        }
        return messages.get("access.users.state.active");
    }

    private Node workstationSection() {
        Label heading = new Label(messages.get("access.auto.heading"));
        heading.setStyle("-fx-font-weight: bold;");
        Label hint = new Label(messages.get("access.auto.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.MUTED);
        autoStatus.setId("autoSignInStatus");
        autoStatus.setWrapText(true);
        autoStatus.setMinHeight(Region.USE_PREF_SIZE);
        Button on = button("autoSignInOn", "access.auto.on");
        on.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            User user = table.getSelectionModel().getSelectedItem();
            return user == null || !user.active();
        }, table.getSelectionModel().selectedItemProperty()));
        on.setOnAction(event -> selected(user -> executor.execute(BackgroundTask.wrap(progress -> {
            workstation.turnOn(user.loginName());
            return workstation.login();
        }).titled(messages.get("access.task.autoOn")).onSuccess(this::showAutoStatus))));
        Button off = button("autoSignInOff", "access.auto.off");
        off.disableProperty().bind(autoOn.not());
        off.setOnAction(event -> executor.execute(BackgroundTask.wrap(progress -> {
            workstation.turnOff();
            return workstation.login();
        }).titled(messages.get("access.task.autoOff")).onSuccess(this::showAutoStatus)));
        FlowPane buttons = new FlowPane(8, 6, on, off);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox section = new VBox(6, heading, hint, autoStatus, buttons);
        section.setId("autoSignInSection");
        section.setPadding(new Insets(10, 12, 12, 12));
        executor.execute(BackgroundTask.wrap(progress -> workstation.login()).titled(messages.get("access.task.autoLoad")).onSuccess(this::showAutoStatus));
        return section;
    }

    private void showAutoStatus(java.util.Optional<String> login) {
        autoOn.set(login.isPresent());
        autoStatus.setText(login.map(name -> messages.get("access.auto.status.on", name))
                .orElse(messages.get("access.auto.status.off")));
    }

    private void selected(java.util.function.Consumer<User> action) {
        User user = table.getSelectionModel().getSelectedItem();
        if (user != null) {
            action.accept(user);
        }
    }

    private void reload() {
        reload(null);
    }

    /** Reads users and libraries again and selects {@code select} (by id) when given. */
    private void reload(Long select) {
        executor.execute(BackgroundTask.wrap(progress -> new Loaded(users.users(), members.libraries())).titled(messages.get("access.task.list"))
                .onSuccess(loaded -> {
                    librariesById = loaded.libraries().stream()
                            .collect(Collectors.toMap(Library::id, Function.identity(), (a, b) -> a));
                    libraries.setAll(loaded.libraries());
                    rows.setAll(loaded.users());
                    if (select != null) {
                        rows.stream().filter(u -> u.id() == select).findFirst()
                                .ifPresent(u -> table.getSelectionModel().select(u));
                    }
                }));
    }

    private record Loaded(List<User> users, List<Library> libraries) {
    }

    private void edit(User user) {
        new UserFormDialog(users, executor, messages, Dialogs.windowOf(root), List.copyOf(libraries), user)
                .showAndWait().ifPresent(this::afterSave);
    }

    private void afterSave(SaveResult<User> result) {
        if (result instanceof SaveResult.Saved<User> saved) {
            reload(saved.value().id());
        } else if (result instanceof SaveResult.Conflict conflict) {
            new Dialogs(messages).error(Dialogs.windowOf(root), messages.get("access.users.title"),
                    messages.get(conflict.deleted() ? "access.user.gone" : "access.user.stale",
                            conflict.recordLabel()));
            reload();
        }
    }

    private void toggleActive(User user) {
        Dialogs dialogs = new Dialogs(messages);
        if (user.active() && !dialogs.confirm(Dialogs.windowOf(root), messages.get("access.users.disable"),
                messages.get("access.users.disable.confirm", user.displayName()),
                messages.get("access.users.disable"))) {
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> users.setActive(user, !user.active())).titled(messages.get("access.task.active"))
                .onSuccess(result -> {
                    if (result instanceof SaveResult.Invalid<User> invalid) {
                        dialogs.error(Dialogs.windowOf(root), messages.get("access.users.title"),
                                String.join("\n", AccessErrors.byField(invalid.validation(), messages).values()));
                        return;
                    }
                    afterSave(result);
                }));
    }

    private void resetPassword(User user) {
        new PasswordResetDialog(executor, messages, Dialogs.windowOf(root),
                messages.get("access.users.resetPassword.title", user.displayName()),
                messages.get("access.users.resetPassword.hint"), false,
                (current, password, repeat) -> users.resetPassword(user.id(), password, repeat))
                .showAndWait().ifPresent(saved -> reload(saved.id()));
    }

    private void unlock(User user) {
        executor.execute(BackgroundTask.wrap(progress -> {
            users.unlock(user.id());
            return user.id();
        }).titled(messages.get("access.task.unlock")).onSuccess(this::reload));
    }
}
