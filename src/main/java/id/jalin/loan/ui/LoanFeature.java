package id.jalin.loan.ui;

import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.Navigator;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.RequestedItem;
import javafx.scene.Node;

/** "Pinjam antarperpustakaan": interlibrary loans and copies between members. */
public final class LoanFeature implements Feature {
    private final InterlibraryLoans loans;
    private final ForumProfileService forum;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Navigator navigator;
    /** A work the catalogue asked to request, waiting for the screen to be shown. */
    private RequestedItem pending;
    /** A request the start screen asked to open, waiting for the screen to be shown. */
    private Long pendingRequest;

    public LoanFeature(InterlibraryLoans loans, ForumProfileService forum, TaskExecutor executor, FileDialogs files,
                       FileOpener opener, Navigator navigator) {
        this.loans = loans;
        this.forum = forum;
        this.navigator = navigator;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
    }

    @Override
    public String id() {
        return "loan";
    }

    @Override
    public String titleKey() {
        return "loan.nav";
    }

    @Override
    public Node createView(Messages messages) {
        return new LoanScreen(loans, forum, executor, files, opener, messages, () -> {
            RequestedItem item = pending;
            pending = null;
            return item;
        }, () -> {
            Long request = pendingRequest;
            pendingRequest = null;
            return request;
        }).root();
    }

    /** Shows the loans with this request open in the detail. */
    public void open(long requestId) {
        pendingRequest = requestId;
        navigator.show(id());
    }

    /** Shows the loans with the new-request form open for a work found in the union catalogue. */
    public void request(RequestedItem item) {
        pending = item;
        navigator.show(id());
    }
}
