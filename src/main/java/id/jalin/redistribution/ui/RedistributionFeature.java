package id.jalin.redistribution.ui;

import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Navigator;
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
    private final Navigator navigator;
    /** The offer the start screen asked to show, and its giver when sharing it out is due; waiting for the screen. */
    private Long pendingOffer;
    private Long pendingGiver;

    public RedistributionFeature(SurplusRedistribution redistribution, ForumProfileService forum,
                                 TaskExecutor executor, FileDialogs files, FileOpener opener,
                                 Navigator navigator) {
        this.redistribution = redistribution;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.navigator = navigator;
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
        RedistributionScreen screen = new RedistributionScreen(redistribution, forum, executor, files, opener,
                messages);
        if (pendingOffer != null) {
            screen.openOffer(pendingOffer, pendingGiver);
            pendingOffer = null;
            pendingGiver = null;
        }
        return screen.root();
    }

    /** Shows this offer among the open offers, or at its giver's desk ({@code giverId} not null) to share it out. */
    public void open(long offerId, Long giverId) {
        pendingOffer = offerId;
        pendingGiver = giverId;
        navigator.show(id());
    }
}
