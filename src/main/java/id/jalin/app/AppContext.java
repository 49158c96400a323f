package id.jalin.app;

import id.jalin.access.domain.LoginService;
import id.jalin.access.domain.SignedInUser;
import id.jalin.access.domain.UserService;
import id.jalin.access.domain.WorkstationSignIn;
import id.jalin.audit.domain.AuditService;
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
import java.time.Clock;

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
        ForumSettingsService forumSettings,
        AuditService audit,
        id.jalin.transfer.domain.DataCareService dataCare,
        Access access,
        UnionCatalogue catalogue,
        id.jalin.loan.domain.InterlibraryLoans loans,
        id.jalin.acquisition.domain.JointAcquisition acquisition,
        id.jalin.exchange.domain.ExchangeLedgers exchange,
        id.jalin.redistribution.domain.SurplusRedistribution redistribution,
        id.jalin.training.domain.TrainingService training) {

    /** The union catalogue's service and this workstation's search index over it. */
    public record UnionCatalogue(id.jalin.catalogue.domain.UnionCatalogueService service, CatalogueIndexHolder index) {
    }

    /**
     * Who is working and the services around logging in: the signed-in user (the {@code CurrentActor} every
     * service acts for), users, logins, the "no login on this workstation" choice, and the clock lock-outs use.
     */
    public record Access(SignedInUser signedIn, UserService users, LoginService logins,
                         WorkstationSignIn workstation, Clock clock) {
    }
}
