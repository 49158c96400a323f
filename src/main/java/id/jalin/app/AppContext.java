package id.jalin.app;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.FxTaskExecutor;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.member.domain.csv.MemberImportService;
import id.jalin.member.domain.MemberService;

/** The object graph, built once at start-up and handed to the screens. No static singletons. */
public record AppContext(
        Settings settings,
        ConnectionPreferences connectionPreferences,
        ConnectionSettings currentConnection,
        Database database,
        FxTaskExecutor executor,
        FileDialogs files,
        MemberService members,
        MemberImportService memberImport,
        AgreementService agreements,
        CrossServices crossService,
        ForumProfileService forum,
        ForumSettingsService forumSettings) {
}
