package id.jalin.training.ui;

import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
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

    public TrainingFeature(TrainingService training, ForumProfileService forum, TaskExecutor executor,
                           FileDialogs files, FileOpener opener) {
        this.training = training;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
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
        return new TrainingScreen(training, forum, executor, files, FolderChooser.nativeChooser(), opener, messages)
                .root();
    }
}
