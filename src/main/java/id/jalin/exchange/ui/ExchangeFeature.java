package id.jalin.exchange.ui;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.exchange.domain.ExchangeLedgers;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import javafx.scene.Node;

/** "Pertukaran terbitan": the ledgers of the publications members swap at their agreed ratios. */
public final class ExchangeFeature implements Feature {
    private final ExchangeLedgers ledgers;
    private final AgreementService agreements;
    private final ForumProfileService forum;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;

    public ExchangeFeature(ExchangeLedgers ledgers, AgreementService agreements, ForumProfileService forum,
                           TaskExecutor executor, FileDialogs files, FileOpener opener) {
        this.ledgers = ledgers;
        this.agreements = agreements;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
    }

    @Override
    public String id() {
        return "exchange";
    }

    @Override
    public String titleKey() {
        return "exchange.ui.nav";
    }

    @Override
    public Node createView(Messages messages) {
        return new ExchangeScreen(ledgers, agreements, forum, executor, files, opener, messages).root();
    }
}
