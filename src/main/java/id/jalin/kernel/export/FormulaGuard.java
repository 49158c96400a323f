package id.jalin.kernel.export;

/**
 * Keeps text from running as a spreadsheet formula (OWASP "CSV injection"): a member name like
 * {@code =HYPERLINK("http://evil","Klik")} or a phone number "+62 22 ..." must open as the text it is.
 * Text starting with = + - @ or a tab or carriage return is what a spreadsheet may evaluate.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    public static boolean couldRun(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as a CSV cell: a leading apostrophe makes spreadsheets read the rest as plain text. */
    public static String forCsv(String text) {
        return couldRun(text) ? "'" + text : text;
    }
}
