package id.jalin.transfer.domain;

import id.jalin.kernel.i18n.Labels;

/** When this workstation backs up its embedded database by itself. */
@Labels("backup.automatic")
public enum AutomaticBackup {
    OFF,
    /** Each time Jalin closes. */
    ON_EXIT,
    /** At the first start of each day. */
    DAILY
}
