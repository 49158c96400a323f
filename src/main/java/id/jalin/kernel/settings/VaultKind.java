package id.jalin.kernel.settings;

import id.jalin.kernel.i18n.Labels;

/** The keyring a remembered password goes to, named as the connection dialog tells the user where it is kept. */
@Labels("connection.vault")
public enum VaultKind {
    /** GNOME Keyring or another Secret Service on Linux. */
    SECRET_SERVICE,
    KWALLET,
    WINDOWS_CREDENTIAL_MANAGER,
    MACOS_KEYCHAIN,
    /** No keyring on this computer (a server without a desktop session, say): the password is asked at start. */
    NONE
}
