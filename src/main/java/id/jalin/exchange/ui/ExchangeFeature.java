package id.jalin.exchange.ui;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.exchange.domain.ExchangeLedgers;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Navigator;
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
    private final Navigator navigator;
    /** The partnership the start screen asked to show, waiting for the screen. */
    private Long pending;

    public ExchangeFeature(ExchangeLedgers ledgers, AgreementService agreements, ForumProfileService forum,
                           TaskExecutor executor, FileDialogs files, FileOpener opener, Navigator navigator) {
        this.ledgers = ledgers;
        this.agreements = agreements;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.navigator = navigator;
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
        Long wanted = pending;
        pending = null;
        return new ExchangeScreen(ledgers, agreements, forum, executor, files, opener, messages, wanted).root();
    }

    /** Shows the exchange ledgers with this partnership chosen. */
    public void open(long partnershipId) {
        pending = partnershipId;
        navigator.show(id());
    }
}
