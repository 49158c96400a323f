package id.jalin.kernel.csv;

/**
 * Guesses the delimiter from the header line. Spreadsheets set to Indonesian write semicolons (the comma is
 * their decimal mark), English ones write commas; the header shows which, as long as quoted text is skipped.
 */
public final class DelimiterDetector {
    private DelimiterDetector() {
    }

    /** Semicolon or comma, whichever occurs more often outside quotes; semicolon on a tie, the house format. */
    public static char detect(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote toggles twice, which leaves the state as it was
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
