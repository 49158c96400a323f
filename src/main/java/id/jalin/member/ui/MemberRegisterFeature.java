package id.jalin.member.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.ImportAction;
import id.jalin.member.domain.HoldingsSummaries;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.csv.ImportReport;
import id.jalin.member.domain.csv.MemberImportService;
import id.jalin.member.domain.MemberService;
import javafx.scene.Node;

/** The member register as an entry of the main window's navigation. */
public final class MemberRegisterFeature implements Feature {
    private final MemberService service;
    private final MemberImportService importService;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final java.util.List<id.jalin.kernel.ui.DetailSection> sections;
    private final HoldingsSummaries holdings;

    /**
     * @param holdings how each member's holdings were last loaded into the union catalogue, shown in the register
     *                 ({@link HoldingsSummaries#NONE} where the catalogue is not wired in)
     */
    public MemberRegisterFeature(MemberService service, MemberImportService importService, TaskExecutor executor,
                                 FileDialogs files, java.util.List<id.jalin.kernel.ui.DetailSection> sections,
                                 HoldingsSummaries holdings) {
        this.holdings = holdings;
        this.sections = java.util.List.copyOf(sections);
        this.service = service;
        this.importService = importService;
        this.executor = executor;
        this.files = files;
    }

    @Override
    public String id() {
        return "members";
    }

    @Override
    public String titleKey() {
        return "member.nav";
    }

    @Override
    public Node createView(Messages messages) {
        MemberListViewModel list = new MemberListViewModel(service, executor, messages, holdings);
        MemberFormViewModel form = new MemberFormViewModel(service, executor, messages, list::saved);
        form.followHoldings(list.holdings());
        ImportAction<Member, ImportReport> importAction = new ImportAction<>(importService, "member.import",
                "importReport", report -> messages.get("member.import.summary", report.created(), report.updated(),
                        report.staffAdded(), report.staffUpdated(), report.rejected().size()),
                executor, messages, files);
        return new MemberRegisterView(list, form, importAction, messages, executor, files, sections).root();
    }
}
