package id.jalin.app;

import id.jalin.agreement.data.JooqAgreementRepository;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.crossservice.data.JooqCrossServiceRepository;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.forum.data.JooqForumProfileRepository;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.csv.MemberImportService;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.Permissions;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * The features' services over one {@link DSLContext}: the app's for everyday work, or a transaction's, so that
 * several features' writes (the demo data) commit or roll back together.
 */
record FeatureServices(CurrentActor actor, ForumProfileService forum, MemberService members, MemberImportService memberImport,
                       AgreementService agreements, CrossServices crossService) {

    static FeatureServices over(DSLContext dsl, Clock clock, CurrentActor actor) {
        // Every service checks the same permissions, following whoever the actor is at the moment of the call.
        Permissions permissions = new Permissions(actor);
        var memberRepository = new JooqMemberRepository(dsl);
        MemberService members = new MemberService(memberRepository, permissions);
        ForumProfileService forum = new ForumProfileService(new JooqForumProfileRepository(dsl), permissions);
        return new FeatureServices(actor, forum, members, new MemberImportService(memberRepository, permissions),
                new AgreementService(new JooqAgreementRepository(dsl, members::namesOf), forum, clock, permissions),
                CrossServices.over(new JooqCrossServiceRepository(dsl), members, clock, permissions));
    }
}
