package id.jalin.kernel.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's keyring through java-keyring: Secret Service (GNOME Keyring, KWallet) on Linux, the
 * Credential Manager on Windows, the Keychain on macOS. Looked for once, on first use; where none answers (no
 * desktop session, no D-Bus) it reports {@link VaultKind#NONE} and keeps nothing.
 */
public final class KeyringPasswordVault implements PasswordVault {
    private static final Logger LOG = LoggerFactory.getLogger(KeyringPasswordVault.class);
    /** The name the entries carry in the keyring, beside the account ("jalin@server:5432/jalin"). */
    static final String SERVICE = "Jalin";

    private Keyring keyring;
    private VaultKind kind;

    @Override
    public synchronized VaultKind kind() {
        if (kind == null) {
            try {
                keyring = Keyring.create();
                kind = kindOf(keyring.getKeyringStorageType());
            } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
                // Taking a few seconds to find nothing is why this is asked once and off the FX thread.
                LOG.info("No keyring on this computer; a server password will be asked at start ({})", e.toString());
                kind = VaultKind.NONE;
            }
        }
        return kind;
    }

    @Override
    public synchronized Optional<String> read(String account) {
        if (kind() == VaultKind.NONE) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account));
        } catch (PasswordAccessException | RuntimeException e) {
            // Also what the keyring says when it holds no entry for the account.
            LOG.debug("No password for {} in the keyring: {}", account, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized boolean store(String account, String password) {
        if (kind() == VaultKind.NONE) {
            return false;
        }
        try {
            keyring.setPassword(SERVICE, account, password);
            return true;
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.warn("The keyring did not keep the password for {}: {}", account, e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized void forget(String account) {
        if (kind() == VaultKind.NONE) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.debug("Nothing to forget for {} in the keyring: {}", account, e.getMessage());
        }
    }

    private static VaultKind kindOf(KeyringStorageType type) {
        return switch (type) {
            case GNOME_KEYRING -> VaultKind.SECRET_SERVICE;
            case KWALLET -> VaultKind.KWALLET;
            case WINDOWS_CREDENTIAL_STORE -> VaultKind.WINDOWS_CREDENTIAL_MANAGER;
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> VaultKind.MACOS_KEYCHAIN;
        };
    }
}
