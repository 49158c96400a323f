package id.jalin.access.data;

import static id.jalin.kernel.db.generated.Tables.JALIN_USER;

import id.jalin.access.domain.User;
import id.jalin.access.domain.UserDraft;
import id.jalin.access.domain.UserRepository;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.FieldChanges;
import id.jalin.kernel.audit.JooqAuditTrail;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.generated.tables.records.JalinUserRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Users in {@code jalin_user}. Logins are found through {@code login_key}, the lower-case login, so case never
 * matters and the unique constraint holds on both databases. Times are stored as UTC wall-clock values.
 *
 * <p>A user created and a user's details or active flag changed are audited in the same transaction, with the
 * person's fields but never the password hash. The very first coordinator is created before anyone is signed in,
 * so that row is signed by the new coordinator. Wrong passwords, lock-outs and new password hashes are not audited:
 * they happen while nobody is signed in (a login) and their values must not be stored anywhere else.
 */
public final class JooqUserRepository implements UserRepository {
    static final String FEATURE = "access";

    private final DSLContext dsl;
    private final CurrentActor actor;
    private final Clock clock;

    public JooqUserRepository(DSLContext dsl, CurrentActor actor, Clock clock) {
        this.dsl = dsl;
        this.actor = actor;
        this.clock = clock;
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
        return find(dsl, id);
    }

    private static Optional<User> find(DSLContext from, long id) {
        return from.selectFrom(JALIN_USER).where(JALIN_USER.ID.eq(id)).fetchOptional(JooqUserRepository::user);
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
        return dsl.transactionResult(tx -> insert(tx.dsl(), draft, passwordHash));
    }

    private User insert(DSLContext tx, UserDraft draft, String passwordHash) {
        boolean first = tx.fetchCount(JALIN_USER) == 0;
        long id = tx.insertInto(JALIN_USER)
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
        User created = find(tx, id).orElseThrow();
        CurrentActor signer = first ? CurrentActor.of(created.toActor()) : actor;
        new RecordAudit(new JooqAuditTrail(signer, clock), FEATURE).recorded(tx, JALIN_USER.getName(), id,
                label(created), AuditAction.CREATE, FieldChanges.created(audited(created)));
        return created;
    }

    @Override
    public User update(User user) {
        return dsl.transactionResult(tx -> update(tx.dsl(), user));
    }

    private User update(DSLContext tx, User user) {
        Optional<User> before = find(tx, user.id());
        int updated = tx.update(JALIN_USER)
                .set(JALIN_USER.DISPLAY_NAME, user.displayName().strip())
                .set(JALIN_USER.ROLE, user.role().name())
                .set(JALIN_USER.MEMBER_LIBRARY_ID, user.memberLibraryId())
                .set(JALIN_USER.ACTIVE, user.active())
                .set(JALIN_USER.VERSION, user.version() + 1)
                .where(JALIN_USER.ID.eq(user.id()).and(JALIN_USER.VERSION.eq(user.version())))
                .execute();
        if (updated == 0) {
            if (before.isEmpty()) {
                throw new RecordGoneException(user.loginName());
            }
            throw new StaleRecordException(user.loginName());
        }
        User after = find(tx, user.id()).orElseThrow();
        var changes = FieldChanges.between(audited(before.get()), audited(after));
        if (!changes.isEmpty()) {
            AuditAction action = before.get().active() != after.active() ? AuditAction.STATE_CHANGE
                    : AuditAction.UPDATE;
            new RecordAudit(new JooqAuditTrail(actor, clock), FEATURE).recorded(tx, JALIN_USER.getName(),
                    after.id(), label(after), action, changes);
        }
        return after;
    }

    /** The fields a person reads in the trail: never the password hash, nor the lock-out counters. */
    private static Map<String, Object> audited(User user) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("login_name", user.loginName());
        values.put("display_name", user.displayName());
        values.put("role", user.role().name());
        values.put("member_library_id", user.memberLibraryId());
        values.put("active", user.active());
        return values;
    }

    private static String label(User user) {
        return user.displayName() + " (" + user.loginName() + ")";
    }

    @Override
    public void setPasswordHash(long id, String passwordHash) {
        dsl.update(JALIN_USER)
                .set(JALIN_USER.PASSWORD_HASH, passwordHash)
                .set(JALIN_USER.FAILED_ATTEMPTS, 0)
                .setNull(JALIN_USER.LOCKED_UNTIL)
                .where(JALIN_USER.ID.eq(id))
                .execute();
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
