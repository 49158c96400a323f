package id.jalin.agreement.ui;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.Navigator;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/** Agreements in the main window's navigation; other screens open an agreement through {@link #open(long)}. */
public final class AgreementFeature implements Feature {
    public static final String ID = "agreements";

    private final AgreementService service;
    private final MemberService members;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Navigator navigator;
    private Long pendingAgreement;

    public AgreementFeature(AgreementService service, MemberService members, TaskExecutor executor, FileDialogs files,
                            FileOpener opener, Navigator navigator) {
        this.service = service;
        this.members = members;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.navigator = navigator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "agreement.nav";
    }

    /** Shows the agreements screen with this agreement open. */
    public void open(long agreementId) {
        pendingAgreement = agreementId;
        navigator.show(ID);
    }

    @Override
    public Node createView(Messages messages) {
        ObservableList<Library> libraries = FXCollections.observableArrayList();
        AgreementListViewModel list = new AgreementListViewModel(service, executor, messages);
        AgreementEditorViewModel editor = new AgreementEditorViewModel(service, executor, messages, saved -> list.reload());
        AgreementActions actions = new AgreementActions(service, executor, messages, files, opener);
        CalendarExport calendar = new CalendarExport(service, executor, messages, files);
        AgreementsView view = new AgreementsView(list, editor, messages, libraries, actions,
                () -> calendar.run(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused)
                        .findFirst().orElse(null)));
        executor.execute(BackgroundTask.wrap(progress -> members.libraries()).titled(messages.get("member.task.libraries")).onSuccess(libraries::setAll));
        Long requested = pendingAgreement;
        pendingAgreement = null;
        if (requested != null) {
            view.open(requested);
        } else if (service.mayChange()) {
            list.reload();
            editor.startNew(id.jalin.agreement.domain.AgreementKind.PKS);
        } else {
            view.openFirst(); // an empty new agreement means nothing to someone who may not create one
        }
        return view.root();
    }
}
