package id.jalin.forum.data;

import static id.jalin.kernel.db.generated.Tables.FORUM_PROFILE;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileRepository;
import id.jalin.kernel.concurrency.StaleRecordException;
import org.jooq.DSLContext;

/** The forum's one profile row (id 1, created by V2, emptied on new databases by V7). */
public final class JooqForumProfileRepository implements ForumProfileRepository {
    private final DSLContext dsl;

    public JooqForumProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ForumProfile load() {
        var r = dsl.selectFrom(FORUM_PROFILE).where(FORUM_PROFILE.ID.eq(1)).fetchSingle();
        return new ForumProfile(r.getVersion(), r.getName(), r.getCode(), r.getAddress(), r.getCity(), r.getPhone(),
                r.getEmail(), r.getWebsite(), r.getLogo(), r.getExpiryWarningDays());
    }

    @Override
    public ForumProfile save(ForumProfile profile) {
        int updated = dsl.update(FORUM_PROFILE)
                .set(FORUM_PROFILE.NAME, profile.name())
                .set(FORUM_PROFILE.CODE, profile.code())
                .set(FORUM_PROFILE.ADDRESS, profile.address())
                .set(FORUM_PROFILE.CITY, profile.city())
                .set(FORUM_PROFILE.PHONE, profile.phone())
                .set(FORUM_PROFILE.EMAIL, profile.email())
                .set(FORUM_PROFILE.WEBSITE, profile.website())
                .set(FORUM_PROFILE.LOGO, profile.logo())
                .set(FORUM_PROFILE.EXPIRY_WARNING_DAYS, profile.expiryWarningDays())
                .set(FORUM_PROFILE.VERSION, profile.version() + 1)
                .where(FORUM_PROFILE.ID.eq(1).and(FORUM_PROFILE.VERSION.eq(profile.version())))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException(profile.name());
        }
        return load();
    }
}
