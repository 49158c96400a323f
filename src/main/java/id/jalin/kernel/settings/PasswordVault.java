package id.jalin.kernel.settings;

import java.util.Optional;

/**
 * Where a remembered server password is kept: the operating system's keyring, never the preferences (decision
 * record 0017). Each call may talk to the keyring service (D-Bus, the credential store) and take a moment, so call
 * it off the FX thread. Failures of the keyring are answered, not thrown: a password that cannot be read is asked.
 */
public interface PasswordVault {
    /** The keyring this computer offers, or {@link VaultKind#NONE}: then {@link #store} keeps nothing. */
    VaultKind kind();

    Optional<String> read(String account);

    /** @return true when the keyring now holds the password, false when it could not keep it */
    boolean store(String account, String password);

    void forget(String account);

    default boolean isAvailable() {
        return kind() != VaultKind.NONE;
    }
}
