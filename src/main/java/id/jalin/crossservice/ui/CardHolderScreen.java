package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardPrefixService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.PhotoFolderImport;
import id.jalin.crossservice.domain.csv.HolderImportReport;
import id.jalin.crossservice.domain.csv.HolderImportService;
import id.jalin.crossservice.print.CardForum;
import id.jalin.crossservice.ui.HolderCardsViewModel.CardRow;
import id.jalin.kernel.i18n.Messages;
import id.jalin.forum.domain.ForumSettings;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.ImportAction;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The card holders tab of the cross-service screen: holders of one home library, their form and photo, their
 * cards, CSV and photo imports, printing cards and calibrating the printer.
 */
public final class CardHolderScreen {
    private final CardHolderService holders;
    private final CardService cards;
    private final CardPrefixService prefixes;
    private final HolderImportService holderImport;
    private final PhotoFolderImport photoImport;
    private final MemberService members;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Settings settings;
    private final Supplier<CardForum> forum;
    private final Supplier<ForumSettings> cardRules;
    private final FolderChooser folders;
    /** A library whose cards ending soon the next screen shows (asked from the start screen), or null. */
    private Long endingSoonAt;

    public CardHolderScreen(CardHolderService holders, CardService cards, CardPrefixService prefixes,
                            HolderImportService holderImport, PhotoFolderImport photoImport, MemberService members,
                            TaskExecutor executor, FileDialogs files, FileOpener opener, Settings settings,
                            Supplier<CardForum> forum, Supplier<ForumSettings> cardRules) {
        this(holders, cards, prefixes, holderImport, photoImport, members, executor, files, opener, settings, forum,
                cardRules, FolderChooser.nativeChooser());
    }

    /** With a folder chooser of the caller's, so tests can answer the photo folder question. */
    public CardHolderScreen(CardHolderService holders, CardService cards, CardPrefixService prefixes,
                            HolderImportService holderImport, PhotoFolderImport photoImport, MemberService members,
                            TaskExecutor executor, FileDialogs files, FileOpener opener, Settings settings,
                            Supplier<CardForum> forum, Supplier<ForumSettings> cardRules, FolderChooser folders) {
        this.holders = holders;
        this.cards = cards;
        this.prefixes = prefixes;
        this.holderImport = holderImport;
        this.photoImport = photoImport;
        this.members = members;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.settings = settings;
        this.forum = forum;
        this.cardRules = cardRules;
        this.folders = folders;
    }

    /** The next screen built shows this library's holders whose cards end soon. */
    public void showEndingSoon(long libraryId) {
        endingSoonAt = libraryId;
    }

    public Node create(Messages messages) {
        HolderListViewModel list = new HolderListViewModel(holders, cards, members, executor, messages);
        if (endingSoonAt != null) {
            list.preferLibrary(endingSoonAt);
            list.endingSoon.set(true);
            endingSoonAt = null;
        }
        HolderScreenView[] view = new HolderScreenView[1];
        HolderFormViewModel form = new HolderFormViewModel(holders, executor, messages, list::libraryId,
                saved -> list.reload(() -> view[0].select(saved.id())));
        HolderCardsViewModel cardList = new HolderCardsViewModel(cards, executor, messages, cardRules,
                () -> list.reload(null));
        form.shownProperty().addListener((obs, old, shown) ->
                cardList.holder.set(shown == null || shown.isNew() ? null : shown));
        list.library.addListener((obs, old, chosen) -> form.clear());
        CardPrintAction print = new CardPrintAction(new CardFaces(holders, cards), executor, messages, files, opener, forum,
                () -> CalibrationViewModel.stored(settings));
        ImportAction<CardHolder, HolderImportReport> importCsv = new ImportAction<>(holderImport,
                "holder.screen.import", "holderImportReport", report -> messages.get("holder.screen.import.summary",
                        report.created(), report.updated(), report.rejected().size()), executor, messages, files);
        PhotoImportAction importPhotos = new PhotoImportAction(photoImport, executor, messages, folders);

        view[0] = new HolderScreenView(list, form, cardList, messages, files, new HolderScreenView.Actions() {
            @Override
            public void importCsv(Node owner) {
                importCsv.run(Dialogs.windowOf(owner), () -> list.reload(null));
            }

            @Override
            public void importPhotos(Node owner) {
                Long library = list.libraryId();
                if (library != null) {
                    importPhotos.run(Dialogs.windowOf(owner), library, () -> {
                        list.reload(null);
                        if (form.shownProperty().get() != null && !form.shownProperty().get().isNew()) {
                            form.load(form.shownProperty().get());
                        }
                    });
                }
            }

            @Override
            public void print(Node owner, List<HolderRow> selected) {
                Library library = list.library.get();
                if (library != null) {
                    print.run(Dialogs.windowOf(owner), selected, library.id(), library.name());
                }
            }

            @Override
            public void calibrate(Node owner) {
                new CalibrationDialog(new CalibrationViewModel(settings, messages), messages, executor, files, opener)
                        .show(Dialogs.windowOf(owner));
            }

            @Override
            public void cardPrefixes(Node owner) {
                new CardPrefixesDialog(new CardPrefixesViewModel(prefixes, members, executor, messages), messages)
                        .show(Dialogs.windowOf(owner), list.libraryId());
                // A prefix set by hand shows in the numbers of the cards issued from now on; nothing else to reload.
            }

            @Override
            public void issue(Node owner) {
                if (cardList.canIssue()) {
                    cardList.askIssueDefaults(defaults -> askIssue(owner, defaults, Map.of()));
                }
            }

            private void askIssue(Node owner, HolderCardsViewModel.IssueRequest initial, Map<String, String> errors) {
                new IssueCardDialog(messages).ask(Dialogs.windowOf(owner), initial, errors).ifPresent(request ->
                        cardList.issue(request, again -> askIssue(owner, request, again)));
            }

            @Override
            public void revoke(Node owner, CardRow row) {
                if (row != null) {
                    askRevoke(owner, row, cardList.revokeDefaults(), Map.of());
                }
            }

            private void askRevoke(Node owner, CardRow row, HolderCardsViewModel.RevokeRequest initial,
                                   Map<String, String> errors) {
                new RevokeCardDialog(messages).ask(Dialogs.windowOf(owner), row.card().number().grouped(), initial,
                        errors).ifPresent(request -> cardList.revoke(row.card(), request,
                        again -> askRevoke(owner, row, request, again)));
            }

            @Override
            public void replaceLost(Node owner, CardRow row) {
                if (row != null) {
                    cardList.askReplaceDefaults(defaults -> askReplace(owner, row, defaults, Map.of()));
                }
            }

            private void askReplace(Node owner, CardRow row, HolderCardsViewModel.ReplaceRequest initial,
                                    Map<String, String> errors) {
                new ReplaceLostDialog(messages).ask(Dialogs.windowOf(owner), row.card().number().grouped(), initial,
                        errors).ifPresent(request -> cardList.replaceLost(row.card(), request,
                        again -> askReplace(owner, row, request, again)));
            }
        });
        list.loadLibraries();
        id.jalin.kernel.ui.UnsavedChanges.attach(view[0].root(), form);
        return view[0].root();
    }
}
