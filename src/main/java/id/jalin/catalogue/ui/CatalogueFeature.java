package id.jalin.catalogue.ui;

import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.CatalogueSearch;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.catalogue.load.HoldingsLoading;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.member.domain.MemberService;
import java.util.function.Supplier;
import javafx.scene.Node;

/** "Katalog induk": search every member's holdings, load and harvest them, and hand records on. */
public final class CatalogueFeature implements Feature {
    private final UnionCatalogueService service;
    private final Supplier<CatalogueSearch> index;
    private final HoldingsLoading loading;
    private final MemberService members;
    private final id.jalin.forum.domain.ForumProfileService forum;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final java.util.function.Consumer<IndexedWork> askForLoan;

    /**
     * @param index this workstation's search index, opened when the screen first asks for it
     * @param loading how a member's holdings are read from a file or harvested from its server
     * @param askForLoan opens an interlibrary loan request for a chosen work; null offers none
     */
    public CatalogueFeature(UnionCatalogueService service, Supplier<CatalogueSearch> index, HoldingsLoading loading,
                            MemberService members, id.jalin.forum.domain.ForumProfileService forum,
                            TaskExecutor executor, FileDialogs files, FileOpener opener,
                            java.util.function.Consumer<IndexedWork> askForLoan) {
        this.askForLoan = askForLoan;
        this.forum = forum;
        this.service = service;
        this.index = index;
        this.loading = loading;
        this.members = members;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
    }

    @Override
    public String id() {
        return "catalogue";
    }

    @Override
    public String titleKey() {
        return "catalogue.nav";
    }

    @Override
    public Node createView(Messages messages) {
        return new CatalogueScreen(service, index.get(), loading, members, forum, executor, files, opener,
                messages, askForLoan).root();
    }
}
