package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import javafx.scene.Node;

/** "Pengadaan bersama": joint purchase rounds, their proposals and duplicate flags, ordering and receiving. */
public final class AcquisitionFeature implements Feature {
    private final JointAcquisition acquisition;
    private final ForumProfileService forum;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;

    public AcquisitionFeature(JointAcquisition acquisition, ForumProfileService forum, TaskExecutor executor,
                              FileDialogs files, FileOpener opener) {
        this.acquisition = acquisition;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
    }

    @Override
    public String id() {
        return "acquisition";
    }

    @Override
    public String titleKey() {
        return "acquisition.ui.nav";
    }

    @Override
    public Node createView(Messages messages) {
        return new AcquisitionScreen(acquisition, forum, executor, files, opener, messages).root();
    }
}
