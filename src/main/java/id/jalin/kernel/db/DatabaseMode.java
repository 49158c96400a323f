package id.jalin.kernel.db;

/** Where the forum's data live: one workstation's embedded file, or a server shared by several. */
public enum DatabaseMode {
    EMBEDDED_H2,
    SHARED_POSTGRES
}
