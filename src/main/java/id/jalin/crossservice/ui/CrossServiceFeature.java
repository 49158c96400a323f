package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CrossServices;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Navigator;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.member.domain.MemberService;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Cross-service (silang layan): the arrival desk, visit announcements and the visit reports. */
public final class CrossServiceFeature implements Feature {
    private final CrossServices services;
    private final MemberService members;
    private final ForumProfileService forum;
    private final ForumSettingsService forumSettings;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Settings settings;
    private final Navigator navigator;
    /** The library whose cards ending soon the start screen asked to show, waiting for the screen. */
    private Long pendingEnding;

    public CrossServiceFeature(CrossServices services, MemberService members, ForumProfileService forum,
                               ForumSettingsService forumSettings, TaskExecutor executor, FileDialogs files, FileOpener opener, Settings settings,
                               Navigator navigator) {
        this.services = services;
        this.members = members;
        this.forum = forum;
        this.forumSettings = forumSettings;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.settings = settings;
        this.navigator = navigator;
    }

    /** Shows the card holders of this library whose cards end soon. */
    public void openEndingCards(long libraryId) {
        pendingEnding = libraryId;
        navigator.show(id());
    }

    @Override
    public String id() {
        return "crossService";
    }

    @Override
    public String titleKey() {
        return "visit.nav";
    }

    @Override
    public Node createView(Messages messages) {
        ArrivalDeskViewModel desk = new ArrivalDeskViewModel(services.visits(), services.holders(), executor, messages,
                settings);
        AnnouncementsViewModel announcements = new AnnouncementsViewModel(services, members, executor, messages);
        VisitReportsViewModel reports = new VisitReportsViewModel(services, executor, messages);
        executor.execute(BackgroundTask.wrap(progress -> members.libraries()).titled(messages.get("member.task.libraries")).onSuccess(libraries -> {
            desk.setHosts(libraries);
            announcements.setLibraries(libraries);
            reports.libraries.setAll(libraries);
            reports.reload();
        }));
        CardHolderScreen holders = new CardHolderScreen(services.holders(), services.cards(), services.prefixes(),
                services.holderImport(), services.photoImport(), members, executor, files, opener, settings,
                new CardIssuer(forum), forumSettings::settings);
        if (pendingEnding != null) {
            holders.showEndingSoon(pendingEnding);
            pendingEnding = null;
        }
        TabPane tabs = new TabPane(
                tab("holdersTab", messages.get("visit.tab.holders"), holders.create(messages)),
                tab("deskTab", messages.get("visit.tab.desk"), new ArrivalDeskView(desk, messages).root()),
                tab("announcementsTab", messages.get("visit.tab.announcements"), new AnnouncementsView(announcements,
                        messages, executor, files, opener, forum::profile).root()),
                tab("reportsTab", messages.get("visit.tab.reports"),
                        new VisitReportsView(reports, messages, executor, files, opener).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Reports and the desk are read again whenever they are shown, so they are current without a button.
        announcements.onChanged(desk::refresh);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null && "deskTab".equals(tab.getId())) {
                desk.refresh();
            } else if (tab != null && "reportsTab".equals(tab.getId())) {
                reports.reload();
            }
        });
        tabs.setId("crossServiceTabs");
        return tabs;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
