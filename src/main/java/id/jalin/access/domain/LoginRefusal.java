package id.jalin.access.domain;

import id.jalin.kernel.i18n.Labels;

/** Why a login was refused. An unknown login and a wrong password are the same refusal on purpose. */
@Labels("access.login.refused")
public enum LoginRefusal {
    WRONG_LOGIN_OR_PASSWORD,
    /** Too many wrong passwords; the message says until when. */
    LOCKED,
    /** The right password for a login a coordinator disabled. */
    DISABLED
}
