package id.jalin.crossservice.ui;

import id.jalin.app.TestApp.ScriptedFileDialogs;
import id.jalin.crossservice.data.JooqCrossServiceRepository;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardPrefixService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.PhotoFolderImport;
import id.jalin.crossservice.domain.csv.HolderImportService;
import id.jalin.forum.data.JooqForumProfileRepository;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.FxTaskExecutor;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import id.jalin.kernel.validation.SaveResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The card holder screen alone in a stage, over a fresh in-memory H2, for TestFX tests. */
final class HolderScreenHarness {
    final Database database = TestDatabases.h2();
    final Settings settings = new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID()));
    final ScriptedFileDialogs files = new ScriptedFileDialogs();
    final List<Path> opened = new CopyOnWriteArrayList<>();
    /** True to act as a computer with no PDF viewer: the desktop opens nothing. */
    volatile boolean noViewer;
    final Deque<Path> folders = new ArrayDeque<>();
    /** Background failures no screen handled itself. */
    final List<Throwable> unhandledFailures = new CopyOnWriteArrayList<>();
    final FxTaskExecutor executor = new FxTaskExecutor((title, failure) -> unhandledFailures.add(failure));
    final MemberService members = new MemberService(new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR);
    final JooqCrossServiceRepository repository = new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
    final CardHolderService holders = new CardHolderService(repository, TestPermissions.AS_COORDINATOR);
    final CardService cards = new CardService(repository, id.jalin.app.TestApp.CLOCK, TestPermissions.AS_COORDINATOR);
    final ForumProfileService forum = new ForumProfileService(new JooqForumProfileRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR);
    final id.jalin.forum.domain.ForumSettingsService forumSettings = new id.jalin.forum.domain.ForumSettingsService(
            new id.jalin.forum.data.JooqForumSettingsRepository(database.dsl(), new id.jalin.forum.data.RecordingAuditTrail()),
            new id.jalin.kernel.access.Permissions(id.jalin.kernel.access.TestActors.AS_COORDINATOR));
    final Library library;

    HolderScreenHarness() {
        forum.save(forum.profile().named("FPPTI Jawa Barat", "FPPTI-JABAR", "Sekretariat FPPTI Jabar, Bandung"));
        library = addLibrary("UPI", "Perpustakaan Universitas Pendidikan Indonesia");
    }

    Library addLibrary(String code, String name) {
        SaveResult<Member> outcome = members.save(Member.of(new Library(null, 0, code, name, "", LibraryKind.UNIVERSITY,
                "", "Bandung", "Jawa Barat", "", "", "", LocalDate.of(2020, 1, 1), MemberStatus.ACTIVE, "",
                Money.ZERO, null, "")));
        return ((SaveResult.Saved<Member>) outcome).value().library();
    }

    CardHolder addHolder(String number, String name) {
        SaveResult<CardHolder> outcome = holders.save(CardHolder.newHolder(library.id(), number, name,
                "S1 Ilmu Perpustakaan", HolderKind.STUDENT, "", ""));
        return ((SaveResult.Saved<CardHolder>) outcome).value();
    }

    void issueCard(CardHolder holder) {
        LocalDate today = cards.today();
        cards.issue(holder, today, today.plusMonths(6), Money.of(25_000), "KW-" + holder.number());
    }

    void show(Stage stage, Language language) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        CardHolderScreen screen = new CardHolderScreen(holders, cards, new CardPrefixService(repository, TestPermissions.AS_COORDINATOR),
                new HolderImportService(repository, members, TestPermissions.AS_COORDINATOR),
                new PhotoFolderImport(repository, TestPermissions.AS_COORDINATOR), members, executor, files, file -> !noViewer && opened.add(file),
                settings, new CardIssuer(forum), forumSettings::settings,
                (owner, title) -> Optional.ofNullable(folders.poll()));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.create(new Messages(language))), 1280, 800);
        scene.getStylesheets().add(HolderScreenHarness.class.getResource("/id/jalin/app/jalin.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    void close() {
        executor.close();
        database.close();
    }
}
