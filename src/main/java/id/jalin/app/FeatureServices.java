package id.jalin.app;

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
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.audit.AuditTrail;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * The features' services over one {@link DSLContext}: the app's for everyday work, or a transaction's, so that
 * several features' writes (the demo data) commit or roll back together.
 */
record FeatureServices(CurrentActor actor, ForumProfileService forum, ForumSettingsService forumSettings,
                       MemberService members, MemberImportService memberImport,
                       AgreementService agreements, CrossServices crossService) {
    private static final org.slf4j.Logger AUDIT_LOG = org.slf4j.LoggerFactory.getLogger("id.jalin.audit");

    static FeatureServices over(DSLContext dsl, Clock clock, CurrentActor actor) {
        var memberRepository = new JooqMemberRepository(dsl);
        MemberService members = new MemberService(memberRepository);
        Permissions permissions = new Permissions(actor);
        AuditTrail audit = interimAuditTrail(actor);
        ForumProfileService forum = new ForumProfileService(new JooqForumProfileRepository(dsl, audit));
        ForumSettingsService forumSettings = new ForumSettingsService(new JooqForumSettingsRepository(dsl, audit),
                permissions);
        return new FeatureServices(actor, forum, forumSettings, members, new MemberImportService(memberRepository),
                new AgreementService(new JooqAgreementRepository(dsl, members::namesOf), forum, clock),
                CrossServices.over(new JooqCrossServiceRepository(dsl), members, clock));
    }

    /**
     * Writes the entries to the log until the audit slice's table-backed trail is wired here at merge (issue 9,
     * JooqAuditTrail): the repositories already hand over every change with its transaction.
     */
    private static AuditTrail interimAuditTrail(CurrentActor actor) {
        return (transaction, entry) -> AUDIT_LOG.info("{} {} {}#{} ({}) by {}: {}", entry.action(), entry.feature(),
                entry.table(), entry.recordId(), entry.recordLabel(), actor.actor().signature(), entry.changes());
    }
}
