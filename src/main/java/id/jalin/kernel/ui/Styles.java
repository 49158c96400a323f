package id.jalin.kernel.ui;

/** Style classes defined in jalin.css, named once so views do not scatter string literals. */
public final class Styles {
    public static final String FIELD_ERROR = "field-error";
    public static final String INVALID = "invalid";
    public static final String FORM_SECTION = "form-section";
    public static final String TITLE = "view-title";
    public static final String STATUS_BAR = "status-bar";
    public static final String MUTED = "muted";
    public static final String TOOLBAR = "jalin-toolbar";
    public static final String NUMERIC = "numeric";
    public static final String FORM_FOOTER = "form-footer";
    public static final String NAVIGATION = "navigation";

    private Styles() {
    }
}
