package id.jalin.app;

import id.jalin.access.data.JooqUserRepository;
import id.jalin.access.domain.LoginService;
import id.jalin.access.domain.PasswordHasher;
import id.jalin.access.domain.UserService;
import id.jalin.agreement.data.JooqAgreementRepository;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.crossservice.data.JooqCrossServiceRepository;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.forum.data.JooqForumProfileRepository;
import id.jalin.forum.data.JooqForumSettingsRepository;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.csv.MemberImportService;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.JooqAuditLog;
import id.jalin.kernel.audit.JooqAuditTrail;
import id.jalin.kernel.access.Permissions;
import id.jalin.audit.domain.AuditService;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * The features' services over one {@link DSLContext}: the app's for everyday work, or a transaction's, so that
 * several features' writes (the demo data) commit or roll back together.
 */
record FeatureServices(CurrentActor actor, ForumProfileService forum, ForumSettingsService forumSettings,
                       MemberService members, MemberImportService memberImport,
                       AgreementService agreements, CrossServices crossService, UserService users,
                       LoginService logins, AuditService audit,
                       id.jalin.catalogue.domain.UnionCatalogueService catalogue,
                       id.jalin.loan.domain.InterlibraryLoans loans,
                       id.jalin.acquisition.domain.JointAcquisition acquisition,
                       id.jalin.exchange.domain.ExchangeLedgers exchange,
                       id.jalin.redistribution.domain.SurplusRedistribution redistribution,
                       id.jalin.training.domain.TrainingService training) {

    static FeatureServices over(DSLContext dsl, Clock clock, CurrentActor actor) {
        return over(dsl, clock, actor, new PasswordHasher());
    }

    /** With another password hasher: tests use a cheap one. */
    static FeatureServices over(DSLContext dsl, Clock clock, CurrentActor actor, PasswordHasher hasher) {
        // Every service checks the same permissions, following whoever the actor is at the moment of the call.
        Permissions permissions = new Permissions(actor);
        // every repository writes its changes' audit rows in the change's own transaction
        AuditTrail trail = new JooqAuditTrail(actor, clock);
        var userRepository = new JooqUserRepository(dsl, trail);
        var memberRepository = new JooqMemberRepository(dsl, trail);
        MemberService members = new MemberService(memberRepository, permissions);
        ForumProfileService forum = new ForumProfileService(new JooqForumProfileRepository(dsl, trail), permissions);
        ForumSettingsService forumSettings = new ForumSettingsService(new JooqForumSettingsRepository(dsl, trail),
                permissions);
        var holdings = new id.jalin.catalogue.data.JooqHoldingsStore(dsl, trail, memberCodes(members), actor, clock);
        var catalogue = new id.jalin.catalogue.domain.UnionCatalogueService(holdings, permissions);
        return new FeatureServices(actor, forum, forumSettings, members,
                new MemberImportService(memberRepository, permissions),
                new AgreementService(new JooqAgreementRepository(dsl, members::namesOf, trail), forum, clock,
                        permissions),
                CrossServices.over(new JooqCrossServiceRepository(dsl, trail), members, clock, permissions),
                new UserService(userRepository, hasher, permissions),
                new LoginService(userRepository, hasher, clock),
                new AuditService(new JooqAuditLog(dsl), permissions),
                catalogue,
                new id.jalin.loan.domain.InterlibraryLoans(new id.jalin.loan.data.JooqLoanRepository(dsl, trail),
                        new RegisterForLoans(members), new CatalogueForLoans(catalogue), clock, permissions),
                new id.jalin.acquisition.domain.JointAcquisition(
                        new id.jalin.acquisition.data.JooqAcquisitionRepository(dsl, trail),
                        new RegisterForAcquisition(members), catalogue::held, new CatalogueForAcquisition(holdings), clock,
                        permissions),
                new id.jalin.exchange.domain.ExchangeLedgers(new id.jalin.exchange.data.JooqExchangeRepository(dsl,
                        trail), new RegisterForExchange(members), clock, permissions),
                new id.jalin.redistribution.domain.SurplusRedistribution(
                        new id.jalin.redistribution.data.JooqRedistributionRepository(dsl, trail),
                        new RegisterForRedistribution(members), new CatalogueForRedistribution(holdings), clock,
                        permissions),
                new id.jalin.training.domain.TrainingService(
                        new id.jalin.training.data.JooqTrainingRepository(dsl, trail), new RegisterForTraining(members),
                        () -> forum.profile().code(), clock, permissions));
    }

    /** The register's codes for the catalogue's records and exports. */
    private static id.jalin.catalogue.domain.MemberLabels memberCodes(MemberService members) {
        return ids -> members.libraries().stream().filter(library -> ids.contains(library.id()))
                .collect(java.util.stream.Collectors.toMap(library -> library.id(), library -> library.code()));
    }
}
