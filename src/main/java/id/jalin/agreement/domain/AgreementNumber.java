package id.jalin.agreement.domain;

import java.time.LocalDate;

/**
 * An agreement number in the Indonesian letter style: {@code 012/PKS/FPPTI-JABAR/XI/2026}, that is the running
 * number for the kind in that year, the kind, the forum's code, the month in Roman numerals and the year.
 * The text may be edited by hand; {@code year} and {@code sequence} keep the running count.
 */
public record AgreementNumber(String text, int year, int sequence) {
    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    public AgreementNumber {
        text = text == null ? "" : text.strip();
    }

    public static AgreementNumber generate(int sequence, AgreementKind kind, String forumCode, LocalDate date) {
        // A forum that gave no short code gets numbers without that part rather than an empty "//".
        String forumPart = forumCode == null || forumCode.isBlank() ? "" : forumCode + "/";
        String text = String.format("%03d/%s/%s%s/%d", sequence, kind.code(), forumPart, romanMonth(date.getMonthValue()),
                date.getYear());
        return new AgreementNumber(text, date.getYear(), sequence);
    }

    public static String romanMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("No month " + month);
        }
        return ROMAN_MONTHS[month - 1];
    }

    public AgreementNumber withText(String newText) {
        return new AgreementNumber(newText, year, sequence);
    }

    @Override
    public String toString() {
        return text;
    }
}
