package id.jalin.forum.data;

import static id.jalin.kernel.db.generated.Tables.FORUM_PROFILE;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileRepository;
import id.jalin.forum.domain.Signatory;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.StaleRecordException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * The forum's one profile row (id 1, created by V2, emptied on new databases by V7); a save and its audit row
 * (labelled with the forum's name) commit together.
 */
public final class JooqForumProfileRepository implements ForumProfileRepository {
    private final DSLContext dsl;
    private final RecordAudit audit;

    public JooqForumProfileRepository(DSLContext dsl, AuditTrail trail) {
        this.dsl = dsl;
        this.audit = new RecordAudit(trail, "forum");
    }

    @Override
    public ForumProfile load() {
        return load(dsl);
    }

    private static ForumProfile load(DSLContext context) {
        var r = context.selectFrom(FORUM_PROFILE).where(FORUM_PROFILE.ID.eq(1)).fetchSingle();
        return new ForumProfile(r.getVersion(), r.getName(), r.getCode(), r.getAddress(), r.getCity(), r.getPhone(),
                r.getEmail(), r.getWebsite(), r.getLogo(), r.getExpiryWarningDays(),
                new Signatory(r.getSignatoryName(), r.getSignatoryPosition(), r.getSignature()));
    }

    @Override
    public ForumProfile save(ForumProfile profile) {
        dsl.transaction(configuration -> saveIn(configuration.dsl(), profile));
        return load();
    }

    private void saveIn(DSLContext tx, ForumProfile profile) {
        var before = tx.fetchSingle(FORUM_PROFILE, FORUM_PROFILE.ID.eq(1));
        int updated = tx.update(FORUM_PROFILE)
                .set(FORUM_PROFILE.NAME, profile.name())
                .set(FORUM_PROFILE.CODE, profile.code())
                .set(FORUM_PROFILE.ADDRESS, profile.address())
                .set(FORUM_PROFILE.CITY, profile.city())
                .set(FORUM_PROFILE.PHONE, profile.phone())
                .set(FORUM_PROFILE.EMAIL, profile.email())
                .set(FORUM_PROFILE.WEBSITE, profile.website())
                .set(FORUM_PROFILE.LOGO, profile.logo())
                .set(FORUM_PROFILE.EXPIRY_WARNING_DAYS, profile.expiryWarningDays())
                .set(FORUM_PROFILE.SIGNATORY_NAME, profile.signatoryName())
                .set(FORUM_PROFILE.SIGNATORY_POSITION, profile.signatoryPosition())
                .set(FORUM_PROFILE.SIGNATURE, profile.signature().length == 0 ? null : profile.signature())
                .set(FORUM_PROFILE.VERSION, profile.version() + 1)
                .where(FORUM_PROFILE.ID.eq(1).and(FORUM_PROFILE.VERSION.eq(profile.version())))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException(profile.name());
        }
        var after = tx.fetchSingle(FORUM_PROFILE, FORUM_PROFILE.ID.eq(1));
        audit.updated(tx, before, after, 1, after.getName());
    }
}
