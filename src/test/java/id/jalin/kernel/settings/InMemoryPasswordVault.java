package id.jalin.kernel.settings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A keyring in memory for tests: one that keeps passwords, or (kind NONE) a computer without a keyring. */
public final class InMemoryPasswordVault implements PasswordVault {
    private final VaultKind kind;
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    public InMemoryPasswordVault(VaultKind kind) {
        this.kind = kind;
    }

    public static InMemoryPasswordVault keyring() {
        return new InMemoryPasswordVault(VaultKind.SECRET_SERVICE);
    }

    public static InMemoryPasswordVault none() {
        return new InMemoryPasswordVault(VaultKind.NONE);
    }

    @Override
    public VaultKind kind() {
        return kind;
    }

    @Override
    public Optional<String> read(String account) {
        return Optional.ofNullable(entries.get(account));
    }

    @Override
    public boolean store(String account, String password) {
        if (kind == VaultKind.NONE) {
            return false;
        }
        entries.put(account, password);
        return true;
    }

    @Override
    public void forget(String account) {
        entries.remove(account);
    }

    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }
}
