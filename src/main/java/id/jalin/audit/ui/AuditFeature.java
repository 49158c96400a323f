package id.jalin.audit.ui;

import id.jalin.audit.domain.AuditService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import javafx.scene.Node;

/** The coordinator's audit trail: who changed what, when, and from what to what. */
public final class AuditFeature implements Feature {
    private final AuditService service;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;

    public AuditFeature(AuditService service, TaskExecutor executor, FileDialogs files, FileOpener opener) {
        this.service = service;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
    }

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String titleKey() {
        return "audit.nav";
    }

    @Override
    public Node createView(Messages messages) {
        AuditTrailViewModel model = new AuditTrailViewModel(service, executor, messages);
        Node view = new AuditTrailView(model, messages, executor, files, opener).root();
        model.load();
        return view;
    }
}
