package id.jalin.training.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.training.domain.TrainingService;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * "Pelatihan": the events (list or month calendar, with the chosen one's detail and sessions), and for the chosen
 * event its registrations, attendance per session and certificates on tabs of their own.
 */
final class TrainingScreen {
    private final TabPane root = new TabPane();
    private final EventsPane events;

    TrainingScreen(TrainingService training, ForumProfileService forum, TaskExecutor executor, FileDialogs files,
                   FolderChooser folders, FileOpener opener, Messages messages) {
        ScreenTasks tasks = new ScreenTasks(executor, messages, () -> Dialogs.windowOf(root));
        TrainingWords words = new TrainingWords(messages);
        TrainingPrinting printing = new TrainingPrinting(training, forum, tasks, words, files, folders, opener);
        EventsPane events = new EventsPane(training, tasks, words, files, opener);
        this.events = events;
        RegistrationsPane registrations = new RegistrationsPane(training, tasks, words, files, printing,
                events::changed);
        AttendancePane attendance = new AttendancePane(training, tasks, words, printing);
        CertificatesPane certificates = new CertificatesPane(training, tasks, words, printing);
        root.setId("trainingScreen");
        root.getStylesheets().add(TrainingScreen.class.getResource("screens.css").toExternalForm());
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab eventsTab = tab("trTabEvents", messages.get("training.ui.tab.events"), events.root());
        Tab registrationsTab = tab("trTabRegistrations", messages.get("training.ui.tab.registrations"),
                registrations.root());
        Tab attendanceTab = tab("trTabAttendance", messages.get("training.ui.tab.attendance"), attendance.root());
        Tab certificatesTab = tab("trTabCertificates", messages.get("training.ui.tab.certificates"),
                certificates.root());
        root.getTabs().setAll(eventsTab, registrationsTab, attendanceTab, certificatesTab);
        events.shown().addListener((obs, old, now) -> {
            registrations.show(now);
            attendance.show(now);
            certificates.show(now);
        });
        // a tab coming to the front reads its event again: registering changes who is ticked and certified
        root.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == registrationsTab) {
                registrations.show(events.shown().get());
            } else if (now == attendanceTab) {
                attendance.show(events.shown().get());
            } else if (now == certificatesTab) {
                certificates.show(events.shown().get());
            }
        });
        tasks.run(messages.get("training.ui.task.members"), progress -> training.members(), all -> {
            words.members(all);
            events.start();
        });
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    /** Opens this event once the list has been read, instead of the list's first. */
    void openEvent(long eventId) {
        events.openWhenListed(eventId);
    }

    Node root() {
        return root;
    }
}
