package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Navigator;
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
    private final Navigator navigator;
    /** What the start screen asked to open, waiting for the screen to be shown. */
    private Long pending;

    public AcquisitionFeature(JointAcquisition acquisition, ForumProfileService forum, TaskExecutor executor,
                              FileDialogs files, FileOpener opener, Navigator navigator) {
        this.acquisition = acquisition;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.navigator = navigator;
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
        AcquisitionScreen screen = new AcquisitionScreen(acquisition, forum, executor, files, opener, messages);
        Long wanted = pending;
        pending = null;
        if (wanted != null) {
            screen.openRound(wanted);
        }
        return screen.root();
    }

    /** Shows joint acquisition with this round open. */
    public void open(long roundId) {
        pending = roundId;
        navigator.show(id());
    }
}
