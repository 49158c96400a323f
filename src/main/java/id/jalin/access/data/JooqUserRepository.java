package id.jalin.access.data;

import static id.jalin.kernel.db.generated.Tables.JALIN_USER;

import id.jalin.access.domain.User;
import id.jalin.access.domain.UserDraft;
import id.jalin.access.domain.UserRepository;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.generated.tables.records.JalinUserRecord;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditEntry;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.audit.FieldChanges;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Users in {@code jalin_user}. Logins are found through {@code login_key}, the lower-case login, so case never
 * matters and the unique constraint holds on both databases. Times are stored as UTC wall-clock values.
 */
public final class JooqUserRepository implements UserRepository {
    private static final String FEATURE = "access";
    /** What the trail says of a new password: that it changed, never the hash. */
    private static final String PASSWORD_CHANGED = "\u2022\u2022\u2022\u2022";

    private final DSLContext dsl;
    private final AuditTrail trail;

    public JooqUserRepository(DSLContext dsl, AuditTrail trail) {
        this.trail = trail;
        this.dsl = dsl;
    }

    static String key(String loginName) {
        return loginName.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public long count() {
        return dsl.fetchCount(JALIN_USER);
    }

    @Override
    public long countActiveCoordinators() {
        return dsl.fetchCount(JALIN_USER, JALIN_USER.ACTIVE.isTrue().and(JALIN_USER.ROLE.eq(Role.COORDINATOR.name())));
    }

    @Override
    public List<User> all() {
        return dsl.selectFrom(JALIN_USER).orderBy(JALIN_USER.DISPLAY_NAME, JALIN_USER.LOGIN_KEY)
                .fetch(JooqUserRepository::user);
    }

    @Override
    public Optional<User> find(long id) {
        return dsl.selectFrom(JALIN_USER).where(JALIN_USER.ID.eq(id)).fetchOptional(JooqUserRepository::user);
    }

    @Override
    public Optional<User> findByLogin(String loginName) {
        return dsl.selectFrom(JALIN_USER).where(JALIN_USER.LOGIN_KEY.eq(key(loginName)))
                .fetchOptional(JooqUserRepository::user);
    }

    @Override
    public Optional<String> passwordHash(long id) {
        return dsl.select(JALIN_USER.PASSWORD_HASH).from(JALIN_USER).where(JALIN_USER.ID.eq(id))
                .fetchOptional(JALIN_USER.PASSWORD_HASH);
    }

    @Override
    public boolean loginTaken(String loginName, long exceptId) {
        return dsl.fetchExists(JALIN_USER, JALIN_USER.LOGIN_KEY.eq(key(loginName)).and(JALIN_USER.ID.ne(exceptId)));
    }

    @Override
    public User insert(UserDraft draft, String passwordHash) {
        return dsl.transactionResult(configuration -> insertIn(configuration.dsl(), draft, passwordHash));
    }

    private User insertIn(DSLContext dsl, UserDraft draft, String passwordHash) {
        boolean first = dsl.fetchCount(JALIN_USER) == 0;
        long id = dsl.insertInto(JALIN_USER)
                .set(JALIN_USER.LOGIN_NAME, draft.loginName())
                .set(JALIN_USER.LOGIN_KEY, key(draft.loginName()))
                .set(JALIN_USER.DISPLAY_NAME, draft.displayName())
                .set(JALIN_USER.PASSWORD_HASH, passwordHash)
                .set(JALIN_USER.ROLE, draft.role().name())
                .set(JALIN_USER.MEMBER_LIBRARY_ID, draft.memberLibraryId())
                .set(JALIN_USER.ACTIVE, true)
                .set(JALIN_USER.FAILED_ATTEMPTS, 0)
                .set(JALIN_USER.VERSION, 0)
                .returning(JALIN_USER.ID).fetchOne(JALIN_USER.ID);
        User created = user(dsl.fetchSingle(JALIN_USER, JALIN_USER.ID.eq(id)));
        // nobody can be signed in before the first user exists: the first coordinator creates their own login
        AuditTrail who = first ? trail.actingAs(created.toActor()) : trail;
        who.record(dsl, new AuditEntry(FEATURE, JALIN_USER.getName(), id, created.loginName(), AuditAction.CREATE,
                FieldChanges.created(audited(created))));
        return created;
    }

    @Override
    public User update(User user) {
        return dsl.transactionResult(configuration -> updateIn(configuration.dsl(), user));
    }

    private User updateIn(DSLContext dsl, User user) {
        Optional<User> before = dsl.fetchOptional(JALIN_USER, JALIN_USER.ID.eq(user.id())).map(JooqUserRepository::user);
        int updated = dsl.update(JALIN_USER)
                .set(JALIN_USER.DISPLAY_NAME, user.displayName().strip())
                .set(JALIN_USER.ROLE, user.role().name())
                .set(JALIN_USER.MEMBER_LIBRARY_ID, user.memberLibraryId())
                .set(JALIN_USER.ACTIVE, user.active())
                .set(JALIN_USER.VERSION, user.version() + 1)
                .where(JALIN_USER.ID.eq(user.id()).and(JALIN_USER.VERSION.eq(user.version())))
                .execute();
        if (updated == 0) {
            if (find(user.id()).isEmpty()) {
                throw new RecordGoneException(user.loginName());
            }
            throw new StaleRecordException(user.loginName());
        }
        User after = user(dsl.fetchSingle(JALIN_USER, JALIN_USER.ID.eq(user.id())));
        var changes = FieldChanges.between(audited(before.orElseThrow()), audited(after));
        if (!changes.isEmpty()) {
            boolean state = changes.stream().anyMatch(c -> c.field().equals("active") || c.field().equals("role"));
            trail.record(dsl, new AuditEntry(FEATURE, JALIN_USER.getName(), after.id(), after.loginName(),
                    state ? AuditAction.STATE_CHANGE : AuditAction.UPDATE, changes));
        }
        return after;
    }

    /** What the trail keeps of a user: never the password hash, nor the failed-login counters. */
    private static java.util.Map<String, Object> audited(User user) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("login_name", user.loginName());
        values.put("display_name", user.displayName());
        values.put("role", user.role());
        values.put("member_library_id", user.memberLibraryId());
        values.put("active", user.active());
        return values;
    }

    @Override
    public void setPasswordHash(long id, String passwordHash) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.update(JALIN_USER)
                    .set(JALIN_USER.PASSWORD_HASH, passwordHash)
                    .set(JALIN_USER.FAILED_ATTEMPTS, 0)
                    .setNull(JALIN_USER.LOCKED_UNTIL)
                    .where(JALIN_USER.ID.eq(id))
                    .execute();
            String login = tx.select(JALIN_USER.LOGIN_NAME).from(JALIN_USER).where(JALIN_USER.ID.eq(id))
                    .fetchOne(JALIN_USER.LOGIN_NAME);
            // that it changed, and by whom; the hash itself stays out of the trail
            trail.record(tx, new AuditEntry(FEATURE, JALIN_USER.getName(), id, login, AuditAction.UPDATE,
                    java.util.List.of(new FieldChange("password", null, PASSWORD_CHANGED))));
        });
    }

    /** A password re-hashed with stronger parameters at a login: the same password, nobody signed in yet. */
    @Override
    public void rehashPassword(long id, String passwordHash) {
        dsl.update(JALIN_USER).set(JALIN_USER.PASSWORD_HASH, passwordHash).where(JALIN_USER.ID.eq(id)).execute();
    }

    @Override
    public int recordFailure(long id) {
        // One statement adds the failure, so two desks failing at once both count; then read the total back.
        dsl.update(JALIN_USER).set(JALIN_USER.FAILED_ATTEMPTS, JALIN_USER.FAILED_ATTEMPTS.plus(1))
                .where(JALIN_USER.ID.eq(id)).execute();
        return dsl.select(JALIN_USER.FAILED_ATTEMPTS).from(JALIN_USER).where(JALIN_USER.ID.eq(id))
                .fetchOptional(JALIN_USER.FAILED_ATTEMPTS).orElse(0);
    }

    @Override
    public void lock(long id, Instant until) {
        dsl.update(JALIN_USER)
                .set(JALIN_USER.LOCKED_UNTIL, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
                .set(JALIN_USER.FAILED_ATTEMPTS, 0)
                .where(JALIN_USER.ID.eq(id))
                .execute();
    }

    @Override
    public void clearFailures(long id) {
        dsl.update(JALIN_USER)
                .set(JALIN_USER.FAILED_ATTEMPTS, 0)
                .setNull(JALIN_USER.LOCKED_UNTIL)
                .where(JALIN_USER.ID.eq(id))
                .execute();
    }

    private static User user(JalinUserRecord r) {
        Instant lockedUntil = r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant(ZoneOffset.UTC);
        return new User(r.getId(), r.getLoginName(), r.getDisplayName(), Role.valueOf(r.getRole()),
                r.getMemberLibraryId(), Boolean.TRUE.equals(r.getActive()), r.getFailedAttempts(), lockedUntil,
                r.getVersion());
    }
}
