package id.jalin.access.domain;

import id.jalin.kernel.access.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a login and password. Five wrong passwords in a row lock that login for fifteen minutes (on every desk, as
 * the count is in the database); while locked, no password is even checked. An unknown login costs the same hashing
 * time and gives the same answer as a wrong password, so neither message nor timing tells which logins exist. A
 * disabled user is told so only after giving the right password.
 */
public final class LoginService {
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

    private final UserRepository repository;
    private final PasswordHasher hasher;
    private final Clock clock;

    public LoginService(UserRepository repository, PasswordHasher hasher, Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.clock = clock;
    }

    public boolean hasUsers() {
        return repository.count() > 0;
    }

    /** Checks the password; the caller wipes {@code password} afterwards. */
    public LoginResult login(String loginName, char[] password) {
        Instant now = clock.instant();
        Optional<User> found = loginName == null ? Optional.empty() : repository.findByLogin(loginName.strip());
        if (found.isEmpty()) {
            hasher.burn(password);
            LOG.info("Login refused: unknown login");
            return new LoginResult.Refused(LoginRefusal.WRONG_LOGIN_OR_PASSWORD, null);
        }
        User user = found.get();
        if (user.isLocked(now)) {
            LOG.info("Login refused: {} is locked until {}", user.loginName(), user.lockedUntil());
            return new LoginResult.Refused(LoginRefusal.LOCKED, user.lockedUntil());
        }
        String stored = repository.passwordHash(user.id()).orElse("");
        if (!hasher.verify(password, stored)) {
            int failures = repository.recordFailure(user.id());
            LOG.info("Login refused: wrong password for {} ({} in a row)", user.loginName(), failures);
            if (failures >= MAX_FAILED_ATTEMPTS) {
                Instant until = now.plus(LOCK_OUT);
                repository.lock(user.id(), until);
                LOG.warn("Login {} locked until {} after {} wrong passwords", user.loginName(), until, failures);
                return new LoginResult.Refused(LoginRefusal.LOCKED, until);
            }
            return new LoginResult.Refused(LoginRefusal.WRONG_LOGIN_OR_PASSWORD, null);
        }
        if (!user.active()) {
            LOG.info("Login refused: {} is disabled", user.loginName());
            return new LoginResult.Refused(LoginRefusal.DISABLED, null);
        }
        if (user.failedAttempts() > 0 || user.lockedUntil() != null) {
            repository.clearFailures(user.id());
        }
        if (hasher.needsRehash(stored)) {
            // The parameters were raised since this hash was made: store one at today's cost while we have the password.
            repository.rehashPassword(user.id(), hasher.hash(password));
        }
        LOG.info("Signed in: {} ({})", user.loginName(), user.role());
        return new LoginResult.SignedIn(user.toActor());
    }

    /** The "no login on this workstation" user, when that login still exists and is active. */
    public Optional<Actor> automaticSignIn(String loginName) {
        return repository.findByLogin(loginName).filter(User::active).map(User::toActor);
    }
}
