package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.DemoAgreements;
import id.jalin.crossservice.domain.DemoCrossService;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.member.domain.DemoForum;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen, every tab and the dialogs the menus and main buttons open, in both languages at the default
 * window size, and fails on any label, button, tab, column header or visible cell whose text is cut short.
 */
@ExtendWith(ApplicationExtension.class)
class ElisionWalkFxTest {
    private static final List<String> FEATURES = List.of("home", "members", "agreements", "crossService",
            "acquisition", "exchange", "redistribution", "training", "users");
    /** Buttons on the screens that open a dialog, by id, with the table row that must be selected first. */
    private static final List<String[]> DIALOG_BUTTONS = List.of(
            new String[] {"agreements", null, "agreementTable", "printAgreementButton"},
            new String[] {"agreements", null, "agreementTable", "addPartyButton"},
            new String[] {"agreements", null, "agreementTable", "addObligationButton"},
            new String[] {"agreements", null, "agreementTable", "insertClauseButton"},
            new String[] {"agreements", null, "agreementTable", "terminateAgreementButton"},
            new String[] {"crossService", "holdersTab", "holderTable", "printCardsButton"},
            new String[] {"crossService", "holdersTab", "holderTable", "calibrationButton"},
            new String[] {"crossService", "holdersTab", "holderTable", "issueCardButton"},
            new String[] {"crossService", "holdersTab", "holderTable+cardTable", "revokeCardButton"},
            new String[] {"crossService", "holdersTab", "holderTable+cardTable", "replaceCardButton"},
            new String[] {"crossService", "announcementsTab", null, "announceButton"},
            new String[] {"members", null, "memberTable", "deleteButton"},
            new String[] {"acquisition", "acqTabRounds", null, "acqNewRound"},
            new String[] {"acquisition", "acqTabRounds", null, "acqEditRound"},
            new String[] {"acquisition", "acqTabRounds", null, "acqMove-CANCELLED"},
            new String[] {"acquisition", "acqTabLines", "acqLineTable", "acqNewProposal"},
            new String[] {"acquisition", "acqTabLines", "acqLineTable", "acqEditProposal"},
            new String[] {"acquisition", "acqTabLines", "acqLineTable", "acqAcceptDespite"},
            new String[] {"acquisition", "acqTabLines", "acqLineTable", "acqDrop"},
            new String[] {"exchange", null, "exchangeOverview", "exchangeRecord"},
            new String[] {"exchange", null, "exchangeOverview+exchangeEntries", "exchangeReverse"},
            new String[] {"exchange", null, "exchangeOverview", "exchangeCloseYear"},
            new String[] {"exchange", null, null, "exchangeNewPartnership"},
            new String[] {"exchange", null, "exchangeOverview", "exchangeEditPartnership"},
            new String[] {"training", "trTabEvents", null, "trNewEvent"},
            new String[] {"training", "trTabEvents", null, "trEditEvent"},
            new String[] {"training", "trTabEvents", null, "trAddSession"},
            new String[] {"training", "trTabEvents", null, "trMove-CANCELLED"},
            new String[] {"training", "trTabEvents", null, "trCheckCertificate"},
            new String[] {"training", "trTabRegistrations", null, "trRegisterStaffButton"},
            new String[] {"training", "trTabRegistrations", null, "trRegisterGuestButton"},
            new String[] {"training", "trTabRegistrations", "trRegTable", "trRecordFee"},
            new String[] {"training", "trTabRegistrations", null, "trPrintBadges"},
            new String[] {"users", null, "usersTable", "addUser"},
            new String[] {"users", null, "usersTable", "editUser"},
            new String[] {"users", null, "usersTable", "resetPassword"});
    private static final List<String> MENU_ITEMS = List.of("forumProfileMenuItem", "forumSettingsMenuItem", "settingsMenuItem", "dataCareMenuItem",
            "aboutMenuItem", "changePasswordMenuItem");

    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        var cross = app.context.crossService();
        DemoForum.loadInto(app.context.members(), Progress.NONE);
        DemoAgreements.loadInto(app.context.agreements(), app.context.members(), Progress.NONE);
        DemoCrossService.loadInto(app.context.members(), cross.holders(), cross.cards(), cross.visits(), Progress.NONE);
        id.jalin.acquisition.domain.DemoAcquisition.loadInto(app.context.acquisition(), List.of(), Progress.NONE);
        id.jalin.exchange.domain.DemoExchange.loadInto(app.context.exchange(), java.util.Optional.empty(),
                Progress.NONE);
        trainingEvent(app.context);
    }

    /** An open event with long words, one session, two seats taken and a guest waiting: every training dialog. */
    @SuppressWarnings("unchecked")
    private static void trainingEvent(AppContext context) {
        var training = context.training();
        long host = context.members().memberByCode("UNPAD").orElseThrow().library().id();
        java.time.LocalDate day = TestApp.TODAY.plusDays(10);
        var event = ((id.jalin.kernel.validation.SaveResult.Saved<id.jalin.training.domain.TrainingEvent>) training
                .createEvent(id.jalin.training.domain.TrainingEvent.planned(
                        id.jalin.training.domain.EventKind.REFRESHER_COURSE,
                        "Kursus Penyegaran Pengelolaan Repositori Institusi dan Open Journal Systems",
                        "Refresher Course on Managing Institutional Repositories and Open Journal Systems", host,
                        "Gedung Perpustakaan Pusat Universitas Padjadjaran, Jatinangor", day, day.plusDays(1),
                        day.minusDays(2), 2, 2, id.jalin.kernel.money.Money.of(250_000),
                        "Makan siang, rehat kopi, modul dan sertifikat", "Rina Marlina", "0812-2233-4455",
                        "rina@unpad.ac.id"))).value();
        training.addSession(id.jalin.training.domain.TrainingSession.of(event.id(), day, java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(12, 0), "Migrasi DSpace 7 dan pengelolaan metadata Dublin Core",
                "Dr. Hendra Gunawan Wiradikusumah, M.Kom."));
        training.move(training.event(event.id()).orElseThrow(), id.jalin.training.domain.EventStatus.OPEN);
        for (String[] guest : new String[][] {{"Siti Nurhaliza Kusumawardhani", "ITB"},
                {"Bambang Sutrisno", "UNPAR"}, {"Dewi Kartika Sari", "UNPAD"}}) {
            training.register(event.id(), new id.jalin.training.domain.Registrant.Guest(guest[0],
                    "Perpustakaan " + guest[1], "", null), id.jalin.training.domain.ParticipantRole.PARTICIPANT, "");
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void nothingIsCutShortInIndonesian(FxRobot robot) throws Exception {
        assertThat(walk(robot, Language.INDONESIAN)).isEmpty();
    }

    @Test
    void nothingIsCutShortInEnglish(FxRobot robot) throws Exception {
        assertThat(walk(robot, Language.ENGLISH)).isEmpty();
    }

    private List<String> walk(FxRobot robot, Language language) throws Exception {
        robot.interact(() -> app.show(stage, language));
        Set<String> cut = new LinkedHashSet<>();
        String tag = language.name().toLowerCase(java.util.Locale.ROOT);
        for (String feature : FEATURES) {
            app.open(feature);
            settle();
            selectFirstRows(robot);
            for (TabPane tabs : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
                for (Tab tab : List.copyOf(tabs.getTabs())) {
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    settle();
                    selectFirstRows(robot);
                    cut.addAll(cutIn(stage.getScene().getRoot(), feature + "/" + tab.getId()));
                    Snapshots.save(stage.getScene(), "walk-" + tag + "-" + feature + "-" + tab.getId());
                }
            }
            cut.addAll(cutIn(stage.getScene().getRoot(), feature));
            Snapshots.save(stage.getScene(), "walk-" + tag + "-" + feature);
        }
        // the training events as a month calendar, the other view of the same tab
        app.open("training");
        settle();
        robot.lookup("#trViewCalendar").tryQueryAs(javafx.scene.control.ToggleButton.class).ifPresent(toggle -> {
            robot.interact(toggle::fire);
            settle();
            cut.addAll(cutIn(stage.getScene().getRoot(), "training/calendar"));
            Snapshots.save(stage.getScene(), "walk-" + tag + "-training-calendar");
            robot.interact(() -> robot.lookup("#trViewList").queryAs(javafx.scene.control.ToggleButton.class)
                    .fire());
        });
        for (String[] button : DIALOG_BUTTONS) {
            app.open(button[0]);
            settle();
            if (button[1] != null) {
                TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
                robot.interact(() -> tabs.getTabs().stream().filter(t -> button[1].equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t)));
                settle();
            }
            // buttons a screen adds once its background reading is done (a round's moves) need a moment
            waitBriefly(() -> robot.lookup("#" + button[3]).tryQuery().isPresent());
            Button target = robot.lookup("#" + button[3]).queryButton();
            if (button[2] != null && button[2].startsWith("holderTable")) {
                chooseHomeLibrary(robot, "UNPAD");
            }
            if (button[2] != null) {
                String[] tableIds = button[2].split("\\+");
                for (int t = 0; t < tableIds.length; t++) {
                    TableView<?> table = robot.lookup("#" + tableIds[t]).queryTableView();
                    if (t < tableIds.length - 1) {
                        // the next table fills in the background once a row here is chosen
                        TableView<?> next = robot.lookup("#" + tableIds[t + 1]).queryTableView();
                        robot.interact(() -> table.getSelectionModel().select(0));
                        waitBriefly(() -> !next.getItems().isEmpty());
                        continue;
                    }
                    // the first row for which the button is offered (a card that is still valid, say): rows
                    // looked at quickly first, then again with time for a slow background read
                    for (long wait : new long[] {700, 5_000}) {
                        if (offeredForSomeRow(robot, table, target, wait)) {
                            break;
                        }
                    }
                }
                settle();
            }
            if (target.isDisabled()) {
                cut.add(button[3] + " (" + tag + "): never offered, so its dialog was not looked at");
                continue;
            }
            cut.addAll(inDialog(() -> target.fire(), button[3] + " (" + tag + ")"));
        }
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        for (String id : MENU_ITEMS) {
            MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            cut.addAll(inDialog(item::fire, id + " (" + tag + ")"));
        }
        // The report of an import that set a row aside.
        app.open("members");
        settle();
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("anggota", ".csv");
        java.nio.file.Files.writeString(csv, "kode;nama;kota;jenis;email;iuran_tahunan\n"
                + "UNJANI;Perpustakaan Universitas Jenderal Achmad Yani;Cimahi;universitas;;1.000.000\n"
                + ";Tanpa Kode;Bandung;universitas;;\n", java.nio.charset.StandardCharsets.UTF_8);
        app.files.answer(csv);
        Button importButton = robot.lookup("#importButton").queryButton();
        cut.addAll(inDialog(importButton::fire, "importReport (" + tag + ")"));
        java.nio.file.Files.deleteIfExists(csv);
        // The login and the first coordinator, as the start-up and "log out / switch user" show them.
        Messages now = app.window.messages();
        cut.addAll(inDialog(() -> new id.jalin.access.ui.LoginDialog(app.context.access().logins(),
                app.context.executor(), now, TestApp.CLOCK.getZone(), stage, TestApp.FORUM_NAME).showAndWait(),
                "loginDialog (" + tag + ")"));
        cut.addAll(inDialog(() -> new id.jalin.access.ui.FirstCoordinatorDialog(app.context.access().users(),
                app.context.executor(), now, stage).showAndWait(), "firstCoordinatorDialog (" + tag + ")"));
        // The question asked before typing is lost.
        cut.addAll(inDialog(() -> new id.jalin.kernel.ui.UnsavedChangesGuard(app.window.messages())
                .proceed(stage, List.of(new AlwaysDirty()), () -> { }), "unsavedDialog (" + tag + ")"));
        return new ArrayList<>(cut);
    }

    private void selectFirstRows(FxRobot robot) {
        for (String id : List.of("memberTable", "agreementTable", "holderTable", "usersTable", "exchangeOverview",
                "acqLineTable", "trEventTable")) {
            robot.lookup("#" + id).tryQueryAs(TableView.class).filter(Node::isVisible).ifPresent(table -> {
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    robot.interact(() -> table.getSelectionModel().select(0));
                }
            });
        }
        settle();
    }

    /** Runs {@code open} (which shows a dialog and waits), checks the new window, then closes it. */
    private List<String> inDialog(Runnable open, String name) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        Platform.runLater(open);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                    .anyMatch(w -> !before.contains(w) && w.isShowing()));
        } catch (java.util.concurrent.TimeoutException e) {
            return List.of(name + ": no dialog opened");
        }
        settle();
        Window dialog = Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
        List<String> cut = new ArrayList<>(cutIn(dialog.getScene().getRoot(), name));
        double offCentre = Math.abs(dialog.getX() + dialog.getWidth() / 2 - (stage.getX() + stage.getWidth() / 2));
        if (offCentre > 2) {
            cut.add(name + ": not centred on the main window (" + Math.round(offCentre) + " px off)");
        }
        Snapshots.save(dialog.getScene(), "walk-dialog-" + name.replaceAll("[^A-Za-z]+", "-"));
        WaitForAsyncUtils.asyncFx(() -> closeDialog(dialog)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        settle();
        return cut;
    }

    private static void closeDialog(Window dialog) {
        if (dialog.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                if (type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
                    ((Button) pane.lookupButton(type)).fire();
                    return;
                }
            }
        }
        dialog.hide();
    }

    /** The demo's card holders are at one library; the list starts at the first in the register. */
    @SuppressWarnings("unchecked")
    private static void chooseHomeLibrary(FxRobot robot, String code) {
        var chooser = robot.lookup("#libraryChooser").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> chooser.getItems().stream()
                .filter(l -> ((id.jalin.member.domain.Library) l).code().equals(code)).findFirst()
                .ifPresent(chooser.getSelectionModel()::select));
        TableView<?> holders = robot.lookup("#holderTable").queryTableView();
        waitBriefly(() -> !holders.getItems().isEmpty());
    }

    /** Chooses row after row until the button is offered, giving each row {@code millis} to make it so. */
    private static boolean offeredForSomeRow(FxRobot robot, TableView<?> table, Button target, long millis) {
        for (int row = 0; row < table.getItems().size(); row++) {
            int chosen = row;
            robot.interact(() -> table.getSelectionModel().select(chosen));
            if (waitBriefly(() -> !target.isDisabled(), millis)) {
                return true;
            }
        }
        return false;
    }

    /** Waits up to a few seconds for work in the background; false if it did not come true. */
    private static boolean waitBriefly(java.util.function.BooleanSupplier condition) {
        return waitBriefly(condition, 5_000);
    }

    private static boolean waitBriefly(java.util.function.BooleanSupplier condition, long millis) {
        try {
            WaitForAsyncUtils.waitFor(millis, TimeUnit.MILLISECONDS, condition::getAsBoolean);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The labelled controls under {@code root} that show less than their text. */
    static List<String> cutIn(Parent root, String where) {
        List<String> cut = new ArrayList<>();
        collect(root, where, cut);
        return cut;
    }

    private static void collect(Node node, String where, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .map(t -> ((Text) t).getText()).findFirst().orElse(labeled.getText())
                    // a grouped number is drawn with no-break spaces, which is the same text to the reader
                    .replace('\u00A0', ' ');
            if (!shown.equals(labeled.getText())) {
                cut.add(where + ": " + labeled.getClass().getSimpleName()
                        + (labeled.getId() == null ? "" : " #" + labeled.getId())
                        + " \"" + labeled.getText() + "\" shows \"" + shown + "\"");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, where, cut);
            }
        }
    }

    /** Stands for a screen with typing, so the question can be looked at. */
    private static final class AlwaysDirty implements id.jalin.kernel.ui.UnsavedChanges {
        @Override
        public javafx.beans.value.ObservableBooleanValue dirtyProperty() {
            return new javafx.beans.property.SimpleBooleanProperty(true);
        }

        @Override
        public void save(Runnable then) {
        }

        @Override
        public void discard() {
        }
    }
}
