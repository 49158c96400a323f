package id.jalin.training.ui;

import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Navigator;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.training.domain.TrainingService;
import javafx.scene.Node;

/** "Pelatihan": the forum's training calendar, registrations, attendance and certificates, and their check. */
public final class TrainingFeature implements Feature {
    private final TrainingService training;
    private final ForumProfileService forum;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Navigator navigator;
    /** What the start screen asked to open, waiting for the screen to be shown. */
    private Long pending;

    public TrainingFeature(TrainingService training, ForumProfileService forum, TaskExecutor executor,
                           FileDialogs files, FileOpener opener, Navigator navigator) {
        this.training = training;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.navigator = navigator;
    }

    @Override
    public String id() {
        return "training";
    }

    @Override
    public String titleKey() {
        return "training.ui.nav";
    }

    @Override
    public Node createView(Messages messages) {
        TrainingScreen screen = new TrainingScreen(training, forum, executor, files, FolderChooser.nativeChooser(),
                opener, messages);
        Long wanted = pending;
        pending = null;
        if (wanted != null) {
            screen.openEvent(wanted);
        }
        return screen.root();
    }

    /** Shows the training screen with this event open. */
    public void open(long eventId) {
        pending = eventId;
        navigator.show(id());
    }
}
