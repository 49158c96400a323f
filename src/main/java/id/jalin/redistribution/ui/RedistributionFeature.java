package id.jalin.redistribution.ui;

import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.redistribution.domain.SurplusRedistribution;
import javafx.scene.Node;

/** "Redistribusi koleksi": surplus books offered, claimed, allocated and handed over between members. */
public final class RedistributionFeature implements Feature {
    private final SurplusRedistribution redistribution;
    private final ForumProfileService forum;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;

    public RedistributionFeature(SurplusRedistribution redistribution, ForumProfileService forum,
                                 TaskExecutor executor, FileDialogs files, FileOpener opener) {
        this.redistribution = redistribution;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
    }

    @Override
    public String id() {
        return "redistribution";
    }

    @Override
    public String titleKey() {
        return "redistribution.ui.nav";
    }

    @Override
    public Node createView(Messages messages) {
        return new RedistributionScreen(redistribution, forum, executor, files, opener, messages).root();
    }
}
