package id.jalin.forum.data;

import static id.jalin.kernel.db.generated.Tables.FORUM_PROFILE;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileRepository;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditEntry;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.concurrency.StaleRecordException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * The forum's one profile row (id 1, created by V2, emptied on new databases by V7). Every change is audited in
 * the same transaction.
 */
public final class JooqForumProfileRepository implements ForumProfileRepository {
    private final DSLContext dsl;
    private final AuditTrail audit;

    public JooqForumProfileRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public ForumProfile load() {
        return load(dsl);
    }

    private static ForumProfile load(DSLContext context) {
        var r = context.selectFrom(FORUM_PROFILE).where(FORUM_PROFILE.ID.eq(1)).fetchSingle();
        return new ForumProfile(r.getVersion(), r.getName(), r.getCode(), r.getAddress(), r.getCity(), r.getPhone(),
                r.getEmail(), r.getWebsite(), r.getLogo(), r.getExpiryWarningDays());
    }

    @Override
    public ForumProfile save(ForumProfile profile) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ForumProfile before = load(tx);
            store(tx, profile);
            audit.record(tx, new AuditEntry(JooqForumSettingsRepository.FEATURE, FORUM_PROFILE.getName(), 1,
                    profile.name(), AuditAction.UPDATE, changes(before, profile)));
            return load(tx);
        });
    }

    private static void store(DSLContext tx, ForumProfile profile) {
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
                .set(FORUM_PROFILE.VERSION, profile.version() + 1)
                .where(FORUM_PROFILE.ID.eq(1).and(FORUM_PROFILE.VERSION.eq(profile.version())))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException(profile.name());
        }
    }

    static List<FieldChange> changes(ForumProfile before, ForumProfile after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", before.name(), after.name());
        compare(changes, "code", before.code(), after.code());
        compare(changes, "address", before.address(), after.address());
        compare(changes, "city", before.city(), after.city());
        compare(changes, "phone", before.phone(), after.phone());
        compare(changes, "email", before.email(), after.email());
        compare(changes, "website", before.website(), after.website());
        if (!Arrays.equals(before.logo(), after.logo())) {
            // The picture itself does not belong in a text trail; its size tells that it changed.
            changes.add(new FieldChange("logo", logoText(before), logoText(after)));
        }
        compare(changes, "expiry_warning_days", Integer.toString(before.expiryWarningDays()),
                Integer.toString(after.expiryWarningDays()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before.isEmpty() ? null : before, after.isEmpty() ? null : after));
        }
    }

    private static String logoText(ForumProfile profile) {
        return profile.hasLogo() ? profile.logo().length + " bytes" : null;
    }
}
