package id.jalin.kernel.settings;

/** Every preference Jalin keeps, with its default. Connection settings live in their own node. */
public enum Setting {
    LANGUAGE("language", "id-ID"),
    DATABASE_MODE("db.mode", "EMBEDDED_H2"),
    H2_FILE("db.h2.file", ""),
    PG_HOST("db.pg.host", "localhost"),
    PG_PORT("db.pg.port", "5432"),
    PG_DATABASE("db.pg.database", "jalin"),
    PG_USER("db.pg.user", "jalin"),
    /**
     * The server password in plain text, where versions before issue 9 kept a remembered one. Never written now:
     * read once at start to move it into the keyring (or delete it), see {@link ConnectionPreferences}.
     */
    OLD_PG_PASSWORD("db.pg.password", ""),
    PG_REMEMBER_PASSWORD("db.pg.rememberPassword", "false"),
    DEMO_DATA_OFFERED("demo.offered", "false"),
    /** Card sheet printer corrections in mm, per workstation because printers differ. */
    CARD_FRONT_OFFSET_X("card.print.frontOffsetX", "0"),
    CARD_FRONT_OFFSET_Y("card.print.frontOffsetY", "0"),
    CARD_BACK_OFFSET_X("card.print.backOffsetX", "0"),
    CARD_BACK_OFFSET_Y("card.print.backOffsetY", "0"),
    /**
     * The card fee older versions kept per workstation, in Rupiah. The forum's fee is in the database now
     * (forum_settings); this is read once at start to carry a changed value over, then removed.
     */
    OLD_CARD_FEE("card.fee", "25000"),
    /** As {@link #OLD_CARD_FEE}: the academic-year end as month-day ("08-31") older versions kept. */
    OLD_CARD_YEAR_END("card.academicYearEnd", "08-31"),
    /** The member code of the library whose desk this workstation is: a desk stays at one library. */
    DESK_HOST_LIBRARY("desk.hostLibrary", ""),
    /** The main window's place and size as "x,y,width,height", empty until it was first closed. */
    WINDOW_BOUNDS("window.bounds", ""),
    WINDOW_MAXIMIZED("window.maximized", "false"),
    /** Table column widths the user dragged, as "table.column=width" pairs joined by ";". */
    COLUMN_WIDTHS("window.columnWidths", ""),
    /** "No login on this workstation": "<database identifier> <login>", empty when everyone logs in. */
    AUTO_SIGN_IN("access.autoSignIn", ""),
    /** When the embedded database backs itself up: OFF, ON_EXIT or DAILY (see transfer.domain.AutomaticBackup). */
    BACKUP_AUTOMATIC("backup.automatic", "DAILY"),
    /** How many backups the backups folder keeps; older ones are deleted after each new one. */
    BACKUP_KEEP("backup.keep", "10");

    private final String key;
    private final String defaultValue;

    Setting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    boolean isConnection() {
        return key.startsWith("db.");
    }
}
